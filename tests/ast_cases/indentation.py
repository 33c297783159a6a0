if a:
 b = 1
 if c:
   d = 2
   if e:
               f = 3
 g = 4
def h():
    if x:
        if y:
            if z:
                pass
    return 1
    
class C:
    def m(self):
        pass
        
        
    def n(self):
        pass
  
while x:
      y = 1
      for z in y:
       pass
      else:
              pass
try:
  pass
except:
       pass
