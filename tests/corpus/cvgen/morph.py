"""Names composed from hand-written morphemes, per origin: plausible names that no list contains.

Real résumés are full of names absent from any gazetteer (a third of the name words of a real Indian
corpus were in the French lists); composing them keeps the corpus from rewarding gazetteer look-ups alone.
"""
import re

# origin -> part ("m", "f", "s") -> (first halves, second halves, joiner); joiner None = glued.
MORPHEMES = {
    "india": {
        "m": (["Venkata", "Siva", "Rama", "Hari", "Bala", "Surya", "Chandra", "Raghu", "Vijaya", "Jaya", "Muthu",
               "Arul", "Senthil", "Guru", "Naga", "Shanmuga", "Thiru", "Prabha", "Kalai", "Mani"],
              ["raman", "murthy", "kumar", "prasad", "sekhar", "narayanan", "krishna", "vel", "nathan", "raj",
               "mani", "sundaram", "pandian", "varma", "teja", "vardhan"], None),
        "f": (["Lakshmi", "Jaya", "Vijaya", "Uma", "Hema", "Swarna", "Padma", "Kala", "Shanthi", "Meena", "Rupa",
               "Sri", "Bhuvana", "Kanaka", "Tamil", "Anbu", "Sharmi", "Yamuna"],
              ["priya", "vani", "lakshmi", "devi", "latha", "rani", "malini", "kumari", "shree", "nila", "mathi",
               "selvi", "rekha", "valli"], None),
        "s": (["Venkata", "Subra", "Rama", "Krishna", "Bala", "Sundara", "Chandra", "Gopala", "Natara", "Srini",
               "Raghava", "Padma", "Thiru", "Kandasa", "Ponnu", "Arumu", "Annama"],
              ["subramanian", "manian", "krishnan", "murthy", "swamy", "chari", "lingam", "nathan", "raghavan",
               "vasan", "raju", "sekaran", "samy", "gam", "lai", "thurai"], None),
    },
    "nigeria": {
        "m": (["Olu", "Ade", "Ayo", "Oluwa", "Tolu", "Bolu", "Femi", "Ola", "Chi", "Chuk", "Ike", "Uche", "Obi",
               "Ugo", "Kene", "Ebu"],
              ["wale", "tunde", "seun", "tobi", "dayo", "dele", "mide", "tosin", "tomiwa", "nedu", "wuemeka", "nonso",
               "kwudili", "chukwu", "ebuka", "somto"], None),
        "f": (["Olu", "Ade", "Ayo", "Oluwa", "Ife", "Tolu", "Funmi", "Bisi", "Chi", "Ama", "Ada", "Nne", "Uju",
               "Ngo", "Ebe", "Ozi"],
              ["kemi", "bunmi", "yemi", "funmi", "dara", "sola", "tope", "lola", "amaka", "dinma", "oma", "ka",
               "chi", "nna", "ezie", "nwa"], None),
        "s": (["Ade", "Ola", "Ogun", "Oye", "Aki", "Oba", "Oko", "Nwa", "Eze", "Obi", "Chukwu", "Onye", "Uzo",
               "Anya", "Ajayi", "Fola"],
              ["yemi", "wale", "bayo", "nusi", "tunde", "sanya", "kunle", "lade", "nkwo", "nkwere", "ji", "ora",
               "emeka", "buike", "gwu", "ama", "nze"], None),
    },
    "sri_lanka": {
        "s": (["Wickrama", "Jaya", "Gune", "Senana", "Dissa", "Rana", "Amara", "Wije", "Kuma", "Rathna", "Weera",
               "Ekana", "Sivapra", "Tharma"],
              ["singhe", "wardena", "sekara", "yake", "tunga", "ratne", "nayake", "siri", "kumaran", "lingam",
               "rajah"], None),
    },
    "china": {
        "m": (["Zi", "Hao", "Yu", "Jun", "Ming", "Rui", "Zhe", "Bo", "Kai", "Lei", "Tian", "Yao", "Ze", "Wen",
               "Chen", "Jia"], ["xuan", "yu", "han", "hao", "rui", "yang", "feng", "chen", "bin", "tao", "long",
                                "jie", "ming", "lin"], None),
        "f": (["Zi", "Yi", "Xin", "Yue", "Jia", "Si", "Xiao", "Yan", "Qian", "Ting", "Shu", "Meng", "Ruo", "Wan",
               "Lan", "Qing"], ["han", "ting", "yi", "xin", "yue", "qi", "wen", "lan", "ning", "jing", "yun",
                                "xuan", "tong", "mei"], None),
    },
    "vietnam": {
        "m": (["Van", "Duc", "Minh", "Quoc", "Huu", "Thanh", "Gia", "Dinh"],
              ["An", "Binh", "Cuong", "Dung", "Hai", "Hieu", "Khanh", "Long", "Nam", "Phuc", "Quan", "Son", "Tam",
               "Tien", "Vinh", "Khoi"], " "),
        "f": (["Thi", "Ngoc", "Thu", "Bich", "Kim", "Thanh", "Hong", "Minh"],
              ["Anh", "Hoa", "Huong", "Lan", "Linh", "Mai", "Nga", "Nhung", "Phuong", "Thao", "Trang", "Tuyet", "Yen",
               "Chau", "Diep"], " "),
    },
    "maghreb": {
        "s": (["Ben", "Bel", "Bou", "Ben ", "Aït ", "El ", "Bou", "Hadj ", "Ould "],
              ["kacem", "aziz", "ahmed", "salah", "mokhtar", "naceur", "rabah", "larbi", "amara", "djema", "taleb",
               "khelil", "meziane", "brahim", "youcef", "aissa", "lounes", "hamou", "tahar", "chikh", "allel"], None),
    },
    "france": {
        "s": (["Ker", "Pen", "Tre", "Lan", "Guil", "Le ", "Mor", "Plou"],
              ["gall", "guen", "ven", "bihan", "goff", "drez", "marrec", "nevez", "hir", "lann", "rioual", "bras"], None),
    },
    "uk": {
        "s": (["Ash", "Brook", "Whit", "Black", "Fair", "Hart", "Haw", "Mar", "Pen", "Rad", "Stan", "Thorn", "Wake",
               "Wood", "Hol", "Cal"],
              ["field", "ford", "ley", "worth", "ton", "wood", "brook", "more", "wick", "ham", "by", "combe",
               "shaw", "hurst"], None),
    },
}
MORPHEMES["china_en"] = MORPHEMES["china"]
MORPHEMES["usa"] = {"s": MORPHEMES["uk"]["s"]}


def can_compose(origin, part):
    return part in MORPHEMES.get(origin, {})


def compose(rng, origin, part):
    heads, tails, joiner = MORPHEMES[origin][part]
    head, tail = rng.choice(heads), rng.choice(tails)
    if joiner is not None:
        return f"{head}{joiner}{tail}"
    if head.endswith(" "):
        return head + tail.capitalize()
    name = head + tail
    return re.sub(r"([aeiou])\1+", r"\1", name) if rng.random() < 0.5 else name
