# Metaclasses: type() with three arguments, custom metaclass __new__/__init__/__call__, __prepare__-free usage.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

# classes are instances of type
class Plain:
    x = 1
print(type(Plain).__name__, type(type).__name__, isinstance(Plain, type), type(int), type(Plain()).__name__)

# creating classes dynamically
def method(self):
    return f"method of {type(self).__name__} with x={self.x}"
Dyn = type("Dyn", (Plain,), {"x": 42, "method": method, "__doc__": "made by type()"})
d = Dyn()
print(Dyn.__name__, Dyn.__bases__[0].__name__, Dyn.__doc__, d.method(), [k.__name__ for k in Dyn.__mro__])
show("type bad bases", lambda: type("X", (1,), {}))
show("type bad dict", lambda: type("X", (), []))
show("type two args", lambda: type("X", ()))
show("type name not str", lambda: type(5, (), {}))

class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print(f"  Meta.__new__ {name} bases={[b.__name__ for b in bases]} keys={sorted(k for k in ns if not k.startswith('__'))} kwargs={kwargs}")
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kwargs):
        print(f"  Meta.__init__ {name}")
        super().__init__(name, bases, ns)
        cls.options = kwargs
    def __call__(cls, *args, **kwargs):
        print(f"  Meta.__call__ {cls.__name__}{args}")
        instance = super().__call__(*args, **kwargs)
        instance.tagged = True
        return instance
    def describe(cls):
        return f"<class {cls.__name__} by {cls.created_by}>"

class Model(metaclass=Meta, table="models"):
    field = 1
    def __init__(self, v):
        self.v = v
print(Model.describe(), Model.options, type(Model).__name__)
m = Model(3)
print(m.v, m.tagged, m.created_by)
show("metaclass method not on instance", lambda: m.describe())

class SubModel(Model):
    extra = 2
print(SubModel.describe(), SubModel.options, type(SubModel).__name__, isinstance(SubModel, Meta))

# a registry metaclass
class PluginMeta(type):
    registry = {}
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            PluginMeta.registry[name.lower()] = cls
class PluginBase(metaclass=PluginMeta):
    def run(self):
        return type(self).__name__ + " running"
class Csv(PluginBase):
    pass
class Json(PluginBase):
    pass
print(sorted(PluginMeta.registry), PluginMeta.registry["json"]().run())

# metaclass-level operators
class Symbolic(type):
    def __repr__(cls):
        return f"<Symbolic {cls.__name__}>"
    def __or__(cls, other):
        return f"{cls.__name__}|{other.__name__}"
    def __len__(cls):
        return len(cls.__name__)
    def __iter__(cls):
        return iter(k for k in vars(cls) if not k.startswith("_"))
class Alpha(metaclass=Symbolic):
    a = 1
    b = 2
class Beta(metaclass=Symbolic):
    pass
print(repr(Alpha), Alpha | Beta, len(Alpha), list(Alpha), [Alpha])

# metaclass conflicts
class MetaA(type):
    pass
class MetaB(type):
    pass
class WithA(metaclass=MetaA):
    pass
class WithB(metaclass=MetaB):
    pass
try:
    class Both(WithA, WithB):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class MetaAB(MetaA, MetaB):
    pass
class Both(WithA, WithB, metaclass=MetaAB):
    pass
print(type(Both).__name__, [k.__name__ for k in type(Both).__mro__])

# __init_subclass__ as a lighter alternative, and __class__ of classes
class Base:
    subclasses = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Base.subclasses.append(cls.__name__)
class One(Base):
    pass
class Two(One):
    pass
print(Base.subclasses, One.__class__ is type, [c.__name__ for c in Base.__subclasses__()], One.__subclasses__())
