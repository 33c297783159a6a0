if x:
	pass
	if y:
		z = 1
		w = 2
	else:
		v = 3
def f():
	return (1,
		2)
class C:
	a = 1
	def m(self):
	    return 2
	    
	    x = 3
x = [	1,	2	]
y	=	3
z = "\t	"	# tab in comment	
