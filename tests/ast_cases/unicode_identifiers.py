ﬁ = 1
ℌ = 2
𝔘 = 3
ǅ = 4
ⅷ = 5
ｆｕｌｌ = 6
print(ﬁ, ℌ, 𝔘, ǅ, ⅷ, ｆｕｌｌ)
def ﬀ(ﬃ): return ﬃ
class Ｃ: ...
ª = º = 7
x = obj.ﬁeld
import 𝔪𝔬𝔡 as ℓ
from 𝔭𝔨𝔤 import 𝔫𝔞𝔪𝔢
k = f(ﬂag=1)
μ = µ
