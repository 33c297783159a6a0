café = 1
naïve = café + 2
日本 = "日本語"
s = "ünïcödé" + 日本
t = "😀😀😀"; u = t
emoji = f"{t} ist schön {café!r} 中文 {naïve:>5}"
def größe(länge, breite=1):
    return länge * breite
class Ölfeld:
    straße: str = "é"
x = {"ключ": "значение", "κλειδί": [1, 2]}
y = ("é" "ü"
     "ß")
z = größe(länge=2) + größe(3,
                            breite="ü".count("ü"))
b = b"\xff" + "\u00e9".encode()
π = 3.14159
Σ = sum([π, π])
r = "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"; q = r
w = lambda α, β=1: α + β
m = f"""
é {x["ключ"]}
ü {
    naïve
}"""
