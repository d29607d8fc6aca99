"""Issue 13, held-out batch thirty-seven: four invented hobbyists' websites built between 1998 and 2010,
eighteen pages apiece, meant to gauge how site learning fares on hosts unseen before. Nobody tuning essayconv
has looked at them or at their essays.

    /work/main/.venv/bin/python heldout/sites37/generate.py OUTDIR [--seed 2037]

Output: OUTDIR/<host>/page-NN.html, with truth files (bench/scoring.py syntax) under OUTDIR/<host>/truth/. Every
host also owns a page without essay, or two such (papers index, club ladder, portal front page, wiki change log,
events page, blog post list), marked no_essay. Essays are assembled right here by mixing cards with pooled
sentence patterns; no copy lives elsewhere. OUTDIR/SOURCES.tsv, next to the host folders, pairs pages with cards. Fixed seed,
identical bytes.

Hosts:
  wyre     University go club's papers, 1998, LaTeX2HTML with -split 0: section headings are H1 like the
           title, a starred thanks note on the title, an About-this-document colophon, a PostScript line
           giving the page count, webmaster includes around it
  burray   Vintage tractor club portal, 2003, Geeklog: story intro and body, views, members' small ads, a
           poll asking another article's question, comments, members-only endings; Word-pasted articles
           carry curly apostrophes as windows-1252 bytes under an iso-8859-1 label
  gairsay  Heritage orchard group's wiki, 2006, PmWiki: the page name is not the title on most pages,
           vspace paragraphs, indented quotations, editors' notes, comments and categories inside the
           wiki text, a sidebar of recent edits naming other articles' section headings
  faray    Folly hunters' network, 2010, Ning: a word count typed as the post's first line, div-per-line
           or Word-pasted bodies, map embeds, featured-post excerpts that start with another post's count

Borrowed untouched from earlier sets (one, two, three): truth writer, invented references, escaping, digit
grouping, insert placement, plurals.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import math
import random
import re
from datetime import date, datetime, timedelta
from pathlib import Path


def _borrow(name: str, folder: str):
    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parents[1] / folder / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


g = _borrow("sites1_generate", "sites")
g2 = _borrow("sites2_generate", "sites2")
g3 = _borrow("sites3_generate", "sites3")
norm, block_text, slug = g.norm, g.block_text, g.slug
fmt_int, esc, spot = g2.fmt_int, g2.esc, g2.spot
plural = g3.plural

PAGES_PER_SITE = 18

# ------------------------------------------------------------------------------------------------ the cards
# Twelve "|"-separated fields: host | title | subject | x (works inside a sentence) | people | setting | period
# (four-digit years) | strands, three, semicolon-separated | thesis | rival (both follow "that") | fact one |
# fact two (one sentence apiece, punctuated by just one full stop).

ESSAY_CARDS = """
wyre | The Move That Flushed an Ear | go history | Shusaku's ear-reddening move | the young Shusaku, his elderly opponent Inoue Gennan Inseki and the doctor who watched their game | a go gathering in Osaka | 1846 | the slow opening that suited the older player; one quiet central move; an onlooker reading the game from a face | the ear-reddening move is famous for its anecdote and its strength alike | the move was a lone flash of genius that no other player could have found | Shusaku played the ear-reddening move against Inoue Gennan Inseki in 1846. | Legend says a watching doctor saw Gennan's ears flush and knew the game had turned.
wyre | Nineteen Wins Before the Shogun | go history | Shusaku's castle games | Honinbo Shusaku, rival go-house heads, and officials serving the shogun | Edo Castle plus Edo's go houses | 1849 to 1862 | an annual game played before the shogun; opponents drawn from every rival house; nineteen wins without a single loss | the castle games reveal Shusaku's steadiness better than any single brilliant move does | the castle games were staged exhibitions whose results meant little | Shusaku won every one of his nineteen castle games. | Shusaku died of cholera in 1862.
wyre | Corner, Star and Centre | go history | Go Seigen's opening against Honinbo Shusai | the young Go Seigen, the ageing Honinbo Shusai, and newspaper readers following every move | a Tokyo newspaper's game room | 1933 to 1934 | a first move on the three-three point; a stone on the centre point; the adjournments the senior player could call | the game mattered because it put a new theory of the opening before a huge public | Go Seigen's opening was a mere publicity stunt | Go Seigen's famous game against Honinbo Shusai began in October 1933. | Honinbo Shusai won the game by two points in 1934.
wyre | A Summer at Jigokudani | go history | the New Fuseki of Go Seigen and Kitani Minoru | Go Seigen, Kitani Minoru and the journalist Yasunaga Hajime who wrote their ideas up | a hot spring inn at Jigokudani in the mountains of Nagano | 1933 to 1934 | openings played high, on lines four and five; speed and influence valued over corner territory; a book that sold in huge numbers | the New Fuseki loosened habits of thought even though most of its moves were later abandoned | the New Fuseki was a fad that left nothing behind | Go Seigen and Kitani Minoru worked out their new openings at a hot spring in 1933. | A New Fuseki handbook came out in 1934 and sold widely.
wyre | Six Months for One Game | go history | Honinbo Shusai's retirement game | the Meijin Honinbo Shusai, his challenger Kitani Minoru and the novelist Kawabata Yasunari | inns at Hakone and Ito | 1938 | sealed moves brought in to stop adjournment tricks; the old master's failing health; the novel written from the newspaper reports | the retirement game closed the era of the old go houses, not merely one career | the game was simply a contest between two strong players | Honinbo Shusai's retirement game against Kitani Minoru was played in 1938. | Kawabata Yasunari covered the retirement game for a newspaper and later made a novel of it.
wyre | One House from Many | go history | the Nihon Ki-in's founding | Baron Okura Kishichiro, Honinbo house professionals, and players from rival factions | Tokyo after the great earthquake | 1923 to 1924 | a city shaken and players short of money; a rich patron's offer; a ranking system shared by all | the Nihon Ki-in was born of money troubles more than of goodwill | the founding grew from friendship among players | The Nihon Ki-in was founded in Tokyo in 1924. | Baron Okura Kishichiro gave money to set up the new association.
wyre | Go in German | go history | Oskar Korschelt's articles on go | the chemist Oskar Korschelt, his teacher Murase Shuho and the German readers who first met the game through him | Tokyo and the German-speaking lands | 1880 to 1881 | lessons taken from a Japanese master; the rules explained in a German journal; a handful of European converts | Korschelt planted European go on paper decades before clubs took it up | European go really began after 1900 and owed Korschelt nothing | Oskar Korschelt published articles on go in German in 1880. | Korschelt learned the game in Tokyo from the professional Murase Shuho.
wyre | Coughing Blood | go history | the blood-vomiting game | the young challenger Akaboshi Intetsu, Honinbo Jowa and the officials whose approval both men wanted | the mansion of a great official in Edo | 1835 | Jowa's three startling moves; a contest for the post of official go master; the challenger's illness and death | the blood-vomiting game shows how politics and go were tangled together in Edo | the game was only a matter of two players and their skill | Akaboshi Intetsu played Honinbo Jowa in the blood-vomiting game of 1835. | Intetsu died not long after the game.
wyre | The Saint of Go | go history | Honinbo Dosaku | Honinbo Dosaku, his pupils and the rival Yasui and Inoue houses | the Honinbo house in Edo | 1645 to 1702 | judging positions by imagining stones removed; pupils who became strong masters; games that later players studied for centuries | Dosaku's real bequest was an analytical method, more than his victories | Dosaku is admired only because later writers made him a legend | Honinbo Dosaku was the fourth head of the Honinbo house. | Honinbo Dosaku died in 1702.
wyre | The Monk Who Taught a Shogun | go history | Honinbo Sansa | the monk Nikkai, later called Honinbo Sansa, the warlords he coached, and the first Tokugawa shoguns | Kyoto and the new capital at Edo | 1559 to 1623 | a Buddhist monk's reputation at the board; a stipend from the Tokugawa; a house named after his temple lodging | Sansa turned go from a pastime into a salaried profession | Sansa's standing was inflated afterwards by his own house | Sansa's temple lodging, the Honinbo, gave the house its name. | Honinbo Sansa died in 1623.
wyre | Selling a Name | go history | the Honinbo title tournament | Honinbo Shusai, the newspaper that sponsored the tournament and Sekiyama Riichi, its first winner | the Nihon Ki-in, plus the Mainichi newspaper's offices | 1936 to 1941 | an old hereditary name offered for competition; rounds of qualifying games; the first champion crowned in wartime | opening the Honinbo name to competition saved it by changing its meaning | selling the name destroyed what made it worth having | Honinbo Shusai agreed that his title name should pass to the winner of a tournament. | Sekiyama Riichi won the first Honinbo tournament in 1941.
wyre | The Game at Itsukaichi | go history | the atomic bomb game | the players Hashimoto Utaro and Iwamoto Kaoru, the referee, and officials who had shifted the match away from the city | Itsukaichi, just outside Hiroshima | 1945 | a title match moved from the city centre; the blast that blew in the windows; the game finished the same afternoon | people recall the atomic bomb game for the players' calm in finishing it, not for its moves | the moves of the game deserve more attention than its setting | The second game of the Honinbo title match of 1945 was being played near Hiroshima on 6 August. | Hashimoto Utaro and Iwamoto Kaoru set the stones back on the board and finished the game.
wyre | A Cup from Taipei | go history | the first Ing Cup | the businessman Ing Chang-ki, the finalists Cho Hunhyun and Nie Weiping and the Korean fans who greeted their champion | the match venues in China and Singapore | 1988 to 1989 | the largest prize yet offered; Ing's own rules of counting; a Korean winner against the Chinese favourite | the first Ing Cup shifted attention from Japan toward Korea and China | the Ing Cup was merely publicity for its sponsor | The first Ing Cup final was decided in 1989. | Cho Hunhyun beat Nie Weiping to win the first Ing Cup.
wyre | Eleven Straight Wins | go history | Nie Weiping's run in the China-Japan Super Go | Nie Weiping, the Japanese team captains and the Chinese public who followed the series | Beijing, Tokyo and the match halls of the Super Go | 1984 to 1988 | team matches won by the last player standing; a string of wins against Japan's best; a national hero made by television | Nie's run mattered mainly for the confidence it gave Chinese go | the wins were luck in a short format | The first China-Japan Super Go series began in 1984. | Nie Weiping won eleven games in a row in the early Super Go series.
wyre | Ten Games Against Everyone | go history | Go Seigen's ten-game matches | Go Seigen, his opponents from Kitani Minoru to Takagawa Kaku, and the newspapers paying for the matches | temples and inns across Japan | 1939 to 1956 | matches that changed the handicap when one player fell far behind; opponents reduced to a lower status; newspaper money behind every series | the ten-game matches made Go Seigen the strongest player of his time by a margin no title could show | the matches were only sponsored contests with little at stake | Go Seigen played his first ten-game match, against Kitani Minoru, in 1939. | Go Seigen moved from China to Japan in 1928.
wyre | The Problems of 1713 | go history | the Igo Hatsuyoron | the problem composer Inoue Dosetsu Inseki, the pupils of the Inoue house and the later players who solved his problems | the Inoue house in Edo | 1713 | problems kept as a house secret; the great problem numbered one hundred and twenty; solutions argued over for centuries | the Hatsuyoron was a training text whose difficulty was its purpose | the collection was a showpiece meant to impress rivals | Inoue Dosetsu Inseki completed the Igo Hatsuyoron in 1713. | The Inoue house guarded the Igo Hatsuyoron as secret teaching material.
wyre | Mysteries of the Yuan | go history | the Xuanxuan Qijing | the compilers Yan Defu and Yan Tianzhang and the readers in China and Japan who used their book | Yuan dynasty China | 1349 | problems named with poetic titles; copies carried to Japan; a text still printed for students | the Xuanxuan Qijing lasted because its problems teach patterns, not tricks | the book survives only as a curiosity of its age | The Xuanxuan Qijing problem collection was compiled in 1349. | In Japan the Xuanxuan Qijing became known as Gengen Gokyo.
wyre | A School in a House | go history | Kitani Minoru's go school | Kitani Minoru, his wife Kitani Mie and the children who lived and studied in their house | the Kitani home in Hiratsuka and later Tokyo | 1945 to 1975 | pupils living with the family; lessons by playing among themselves; a generation of champions | Kitani's school worked because pupils lived there like family, not merely trained there | the school's champions would have succeeded anywhere | Cho Chikun left Korea aged six to study at Kitani's school. | Kitani Minoru died in 1975.
burray | The Little Grey Fergie | tractor history | the Ferguson TE20 | Harry Ferguson, the Standard Motor Company, and small farmers buying the tractor | the Banner Lane works in Coventry and farms across Britain | 1946 to 1956 | a light tractor priced for small farms; implements that hitched straight on; grey paint and a long production run | the TE20 succeeded as a system of tractor and implements, not as a tractor alone | the TE20 sold only because post-war farmers had nothing else to buy | Production of the Ferguson TE20 began at Banner Lane in Coventry in 1946. | More than half a million TE20 tractors had been built by 1956.
burray | Three Arms and a Pump | tractor history | Harry Ferguson's three-point linkage | Harry Ferguson, the Ulster engineers who worked with him and David Brown of Huddersfield | Belfast and the David Brown works near Huddersfield | 1926 to 1939 | implements mounted on three arms; a hydraulic pump governing plough depth; a partnership with David Brown that soon soured | the linkage mattered by making tractor and plough into one machine | the three-point linkage was an obvious idea waiting for anyone | Ferguson-Brown's Type A tractor reached buyers in 1936. | Harry Ferguson and Henry Ford made their handshake agreement in 1939.
burray | Shaking Hands, Then Suing | tractor history | Ferguson's lawsuit against Ford | Harry Ferguson, Henry Ford II and the lawyers on both sides | American courtrooms and boardrooms | 1947 to 1952 | a gentleman's agreement with nothing in writing; a new Ford tractor using Ferguson's system; a settlement after years of hearings | the lawsuit reveals what a handshake deal ended up costing both sides | Ferguson lost the real argument even though he was paid | Harry Ferguson took Ford to court in 1948. | The case was settled in 1952 for a little over nine million dollars.
burray | Grey Iron from Dearborn | tractor history | the Fordson Model F | Henry Ford, the British Ministry of Munitions and farmers short of horses and men | Dearborn, Cork and wartime Britain | 1917 to 1933 | a cheap tractor built like a car; a wartime order from Britain; factories moved from Cork to Dagenham | the Fordson made tractors ordinary by making them cheap | the Fordson was a poor tractor sold on a famous name | Henry Ford and Son began building the Fordson tractor in 1917. | Fordson tractor production moved from Cork to Dagenham in 1933.
burray | The Bedfordshire Motor | tractor history | Dan Albone's Ivel Agricultural Motor | the cycle maker Dan Albone, his backers, and farmers watching his demonstrations | Biggleswade in Bedfordshire | 1902 to 1906 | a light three-wheeled machine; trials and medals at agricultural shows; a business that faded after its maker's death | the Ivel showed that a small British workshop could design a practical tractor | the Ivel was a curiosity that influenced nobody | Dan Albone built his first Ivel Agricultural Motor at Biggleswade in 1902. | Dan Albone died in 1906.
burray | Naming the Tractor | tractor history | the Hart-Parr company | Charles Hart, Charles Parr and the sales manager who made the word tractor popular | Charles City in Iowa | 1901 to 1929 | heavy oil-cooled engines; the word tractor printed in advertising; a merger into the Oliver company | Hart-Parr gave the industry its name and its first factory | Hart-Parr was only one of many early builders with no special place | Charles Hart and Charles Parr built their first tractor in 1901. | Hart-Parr became part of the Oliver Farm Equipment Company in 1929.
burray | Blowlamp Before Breakfast | tractor history | the Lanz Bulldog | the engineer Fritz Huber, the Lanz works at Mannheim, and farmers learning to start it | Mannheim and farms across Germany | 1921 to 1956 | a single-cylinder hot-bulb engine; starting with a blowlamp and the steering wheel; a design kept in production for decades | the Bulldog lasted because it would burn almost any fuel | the Bulldog was crude and outdated from the start | Heinrich Lanz AG introduced the Bulldog tractor in 1921. | John Deere took over the Lanz company in 1956.
burray | Waterloo to Moline | tractor history | John Deere's first tractors | the plough makers of Deere and Company, the Waterloo engine builders and the Model D's first owners | Moline in Illinois and Waterloo in Iowa | 1918 to 1923 | buying a tractor maker instead of designing one; the two-cylinder engine; the Model D's long life | John Deere bought its way into tractors and then made the design its own | Deere succeeded purely on the strength of its ploughs | John Deere bought the Waterloo Gasoline Engine Company in 1918. | The John Deere Model D appeared in 1923.
burray | Tall Wheels for Row Crops | tractor history | the Farmall | International Harvester's engineers, its salesmen and the cotton and corn growers | America's cotton and corn belts | 1924 to 1939 | a tricycle layout for cultivating between rows; a tractor that could replace every horse; red paint from 1936 | the Farmall mattered because it did every job, not just ploughing | the Farmall merely copied earlier row-crop ideas | International Harvester launched the Farmall in 1924. | Farmall tractors were painted red from 1936.
burray | Air in the Tyres | tractor history | rubber tyres on tractors | the Allis-Chalmers company, the Firestone tyre firm and the racing driver Barney Oldfield | farms and race tracks in the American Midwest | 1932 to 1933 | tyres fitted to orange-painted machines; speed runs at county fairs; farmers doubting that rubber would grip | rubber tyres changed tractors from field machines into road vehicles as well | steel wheels were better in the field and tyres were a fad | Allis-Chalmers offered rubber tyres on its tractors in 1932. | Barney Oldfield topped sixty miles an hour on a rubber-tyred Allis-Chalmers tractor in 1933.
burray | The Lincoln Tests | tractor history | the Nebraska tractor tests | the farmer and legislator Wilmot Crozier, the engineers at the state university and the makers whose claims were checked | Lincoln in Nebraska | 1919 to 1920 | a farmer cheated by a poor tractor; a law requiring tests before sale; published results that makers feared | the Nebraska tests protected farmers by printing facts rather than banning machines | the tests were only red tape for makers | Nebraska passed its tractor test law in 1919. | The first tractor tests at Lincoln took place in 1920.
burray | Laying Its Own Road | tractor history | the crawler tractor | Benjamin Holt, Daniel Best, and delta farmers in California | Stockton and San Leandro in California | 1904 to 1925 | soft ground where wheels sank; tracks laid ahead of the machine; rival firms merged into Caterpillar | crawlers came from farming needs before armies borrowed them | the crawler was invented by military engineers | Benjamin Holt tested his first track-type tractor in 1904. | Holt and Best merged to form the Caterpillar company in 1925.
burray | Grantham Chains | tractor history | the Hornsby chain-track tractor | the Hornsby engineers, the inventor Herbert Akroyd Stuart, and War Office men watching the trials | Richard Hornsby and Sons at Grantham in Lincolnshire | 1890 to 1911 | an oil engine started without a spark; chain tracks tested before the army; patents later sold to Holt | Hornsby had the tracked machine years early but no buyer who wanted it | Hornsby's tracks led nowhere and later crawlers owe them nothing | Herbert Akroyd Stuart patented his oil engine in 1890. | Hornsby of Grantham built a chain-track tractor in 1905.
burray | One Cylinder, One Thump | tractor history | the Marshall Field Marshall | the engineers of Marshall's of Gainsborough and the contractors who drove their tractors | Gainsborough in Lincolnshire | 1945 to 1957 | a single-cylinder two-stroke diesel; starting with a smouldering cartridge; a thumping exhaust heard across the county | the Field Marshall was built for contractors rather than small farmers | the Field Marshall was old-fashioned the day it appeared | Marshall of Gainsborough introduced the Field Marshall tractor in 1945. | The Field Marshall's engine could be started with a smouldering paper cartridge.
burray | Ploughing by Cable | tractor history | John Fowler's steam ploughing engines | the Quaker engineer John Fowler, the Leeds works and the gangs who ran the engines | the Steam Plough Works in Leeds and the heavy clay farms of England | 1858 to 1935 | two engines working from opposite headlands; a plough dragged across on a wire rope; contracting gangs moving from farm to farm | steam ploughing succeeded as a contracting business, not as something farmers owned | steam ploughing was a rich estate's toy | John Fowler's steam plough won the Royal Agricultural Society's prize in 1858. | Steam ploughing engines worked in pairs, hauling the plough across the field on a cable.
burray | The New Major | tractor history | the Fordson New Major | Ford's Dagenham engineers, the dealers and the farmers replacing worn-out wartime tractors | the Dagenham works in Essex | 1951 to 1958 | a new diesel engine built by Ford; blue paint and orange wheels; a tractor sold in huge numbers abroad | the New Major proved a British factory could build a world-class diesel tractor | the New Major simply copied Ferguson ideas | Ford launched the Fordson New Major at Dagenham in 1952. | The New Major was offered with a diesel engine built by Ford.
burray | Massey Meets Ferguson | tractor history | the Massey-Harris-Ferguson merger | Harry Ferguson, the Massey-Harris board in Toronto and the dealers of both firms | Toronto, Coventry and the sales territories of both companies | 1953 to 1958 | two rival ranges sold side by side; Ferguson leaving the new company; a single name agreed at last | the merger succeeded only after the two ranges were made into one | the merger was a simple takeover of Ferguson | Massey-Harris and Ferguson merged in 1953. | The company took the name Massey Ferguson in 1958.
burray | A Seat for Two | tractor history | the David Brown Cropmaster | the David Brown company, its designers and the farm workers who shared its wide seat | the Meltham works near Huddersfield | 1947 to 1953 | a bench seat wide enough for two; a hydraulic lift of David Brown's own; the hunting pink paint | the Cropmaster sold on comfort and sense rather than on novelty | the Cropmaster was behind its rivals | David Brown launched the Cropmaster in 1947. | The Cropmaster had a seat wide enough for two people.
gairsay | A Seedling by the Creek | orchard history | the Granny Smith apple | Maria Ann Smith, the orchardists of the Ryde district, and growers exporting the fruit | Eastwood near Sydney | 1868 to 1891 | a chance seedling by a creek; green fruit that kept for months; an apple sold at local shows | the Granny Smith won through keeping and travelling well, its taste mattering less | the apple owes its success to careful breeding | Maria Ann Smith found the seedling that became the Granny Smith apple in about 1868. | Maria Ann Smith died in 1870.
gairsay | The Yorkshire Pip | orchard history | the Ribston Pippin | Sir Henry Goodricke, his gardeners and the nurserymen who spread grafts | Ribston Hall near Knaresborough | 1707 to 1928 | a pip said to have come from Rouen; a tree that fell and regrew; a parent of a better-known Victorian apple | the Ribston Pippin became famous through anecdote and flavour together | the Ribston simply outclassed every apple of its day | The Ribston Pippin reputedly grew from a pip planted at Ribston Hall in about 1707. | The original Ribston Pippin tree was blown down in 1810 but sprouted again.
gairsay | Crosses at Bedford | orchard history | the Laxton brothers' apples | Thomas Laxton, his sons, and gardeners buying their varieties | the Laxton nursery at Bedford | 1858 to 1930 | deliberate crossing rather than chance seedlings; letters exchanged with Charles Darwin; names like Superb and Fortune | the Laxtons showed that fruit could be bred on purpose | the Laxton apples were lucky seedlings given new names | Thomas Laxton sent Charles Darwin notes on his crosses of peas. | Laxton's Superb apple was raised at Bedford in 1897.
gairsay | Numbering the Roots | orchard history | the Malling rootstocks | Ronald Hatton, the staff of East Malling and the nurserymen who used his numbers | East Malling's research station in Kent | 1912 to 1930 | rootstocks muddled under many names; sorting them into numbered types; dwarfing roots for small trees | the Malling numbers reshaped orchards beyond anything a new variety did | rootstock work was dull housekeeping | East Malling Research Station was founded in Kent in 1913. | Ronald Hatton sorted the muddled apple rootstocks into numbered types such as M9.
gairsay | Colour Plates from Hereford | orchard history | the Herefordshire Pomona | Robert Hogg, Henry Graves Bull and the artists Alice Ellis and Edith Bull | the Woolhope Naturalists' Field Club in Hereford | 1876 to 1885 | field meetings where members tasted fruit; colour plates painted from life; the book issued in parts | the Pomona was a club's shared project rather than one scholar's book | the Pomona was Hogg's work alone | The Herefordshire Pomona was published in parts between 1876 and 1885. | Henry Graves Bull was a doctor in Hereford.
gairsay | A Squire Who Crossed Apples | orchard history | Thomas Andrew Knight's fruit breeding | Thomas Andrew Knight, his gardeners at Downton and the Horticultural Society's members | Downton Castle in Herefordshire | 1797 to 1838 | worries that old varieties were wearing out; crosses made by hand; a book of Herefordshire fruit | Knight made fruit breeding respectable science | Knight's ideas about worn-out varieties were simply wrong and so he matters little | Thomas Andrew Knight published Pomona Herefordiensis in 1811. | Knight became president of the Horticultural Society of London in 1811.
gairsay | Two Thousand Apples | orchard history | the National Fruit Collection at Brogdale | the Ministry of Agriculture, staff grafting each tree, and visitors arriving to taste | Brogdale Farm near Faversham | 1952 to 2005 | a collection moved from Wisley; two trees of each variety; a future often in doubt | the collection survived because volunteers and growers kept arguing for it | the collection serves as a museum, useless to growers | The National Fruit Collection moved to Brogdale near Faversham in 1952. | Over two thousand apple varieties grow in the Brogdale collection.
gairsay | Newton's Tree | orchard history | the apple tree at Woolsthorpe | Isaac Newton, his early biographers, and gardeners taking grafts from the tree | Woolsthorpe Manor in Lincolnshire | 1666 to 1820 | a story told to a friend in old age; a tree that fell and rooted again; grafts sent to colleges and gardens | the Woolsthorpe tree is a real tree carrying a story Newton told for his own purposes | the falling apple story is pure invention | Isaac Newton recounted the falling apple to William Stukeley in 1726. | The tree at Woolsthorpe is a cooking apple called Flower of Kent.
gairsay | Toast in the Branches | orchard history | orchard wassailing | the wassail bands, the farmers who kept the custom and the folk revivalists who restored it | the cider orchards of Somerset and Devon | 1585 to 2005 | songs sung to the trees; toast soaked in cider laid in the branches; guns fired to wake the trees | wassailing lasted by adapting, not by staying pure | modern wassails are invented tourism | Wassailers at Carhampton in Somerset keep to Old Twelfth Night on 17 January. | Toast soaked in cider is laid in the branches of the chosen tree.
gairsay | Rough-Skinned at Petworth | orchard history | the Egremont Russet | the Earls of Egremont, their gardeners, and growers keeping russets going | Petworth in Sussex | 1872 to 2000 | a rough brown skin; a nutty taste that divided buyers; a russet that supermarkets finally took | the Egremont survived as the one russet shops would stock | the russet is a Victorian oddity | The earliest record of the Egremont Russet dates from 1872. | A russet's rough skin is a corky layer over the fruit.
gairsay | A Worcester Red | orchard history | the Worcester Pearmain | the grower Mr Hale of Swan Pool, the nurseryman Richard Smith and the pickers of early apples | Swan Pool near Worcester | 1874 to 1960 | a seedling raised near the city; a bright red early apple; its later career as a parent of newer varieties | the Worcester Pearmain's colour sold it long before its flavour did | the Worcester was a poor apple made popular by advertising | Richard Smith's nursery in Worcester introduced the Worcester Pearmain in 1874. | The Worcester Pearmain is thought to be a seedling of Devonshire Quarrenden.
gairsay | Five Thousand Dollars for a Tree | orchard history | the Golden Delicious | Anderson Mullins, the nurserymen of Stark Brothers, and growers planting it worldwide | Clay County, West Virginia | 1905 to 1914 | a yellow chance seedling up a hillside; a cage built round the tree; a name chosen to sell | nursery marketing made the Golden Delicious quite as much as nature did | it won on flavour alone | Stark Brothers paid five thousand dollars for the original Golden Delicious tree in 1914. | The tree grew on Anderson Mullins's farm in Clay County, West Virginia.
gairsay | A Glass of Pear | orchard history | Babycham and the perry pear | Francis Showering, the perry pear growers and the drinkers in dance halls | Shepton Mallet in Somerset and the perry orchards of the Three Counties | 1953 to 1965 | old perry pear trees in the hedgerows; a sparkling drink in small bottles; a cartoon fawn in the advertising | Babycham kept perry orchards alive even as it changed what perry meant | Babycham harmed traditional perry | Showerings of Shepton Mallet launched Babycham in 1953. | Perry pear trees commonly live beyond two centuries.
gairsay | By a Wall at Woodstock | orchard history | the Blenheim Orange | George Kempster, the gardeners at Blenheim, and Victorian growers praising it | Woodstock near Blenheim Palace | 1740 to 1820 | a chance seedling by a wall; a huge tree that fruits slowly; an apple good for cooking and eating | the Blenheim Orange owes its name to a palace but its fame to gardeners | the apple's success was due to aristocratic patronage | The Blenheim Orange was found growing by a wall at Woodstock in about 1740. | The tailor George Kempster is remembered as the apple's finder.
gairsay | Ninety Plates of Fruit | orchard history | George Brookshaw's Pomona Britannica | George Brookshaw, his engravers and the wealthy subscribers | London and the royal gardens | 1804 to 1812 | a former cabinet maker turned painter; plates printed in colour and finished by hand; a book too costly for most gardeners | Pomona Britannica was a luxury book that preserved real knowledge of fruit by accident | the book was mere decoration | George Brookshaw published Pomona Britannica in 1812. | George Brookshaw had earlier worked as a cabinet maker.
gairsay | Seeds from a Sack | orchard history | John Chapman's apple nurseries | John Chapman, the settlers who bought his trees and the storytellers who made him Johnny Appleseed | the frontier of Ohio and Indiana | 1774 to 1845 | nurseries planted ahead of the settlers; apples grown from seed, mostly for cider; a legend polished after his death | Chapman was a shrewd nurseryman whose legend hides his business sense | Chapman was a simple wanderer scattering seeds | John Chapman was born in Leominster, Massachusetts, in 1774. | John Chapman died in Indiana in 1845.
gairsay | The King's Fruiterer | orchard history | Richard Harris's orchard at Teynham | Richard Harris, fruiterer to Henry VIII, his grafters and the Kentish farmers who copied him | Teynham in Kent | 1533 to 1600 | grafts brought from France and the Low Countries; a new garden of cherries, apples and pears; Kent's name as the garden of England | the Teynham orchard was a royal supply project that founded a county's trade | Kent's orchards were ancient and Teynham changed little | Richard Harris, fruiterer to Henry VIII, planted a great orchard at Teynham in 1533. | The grafts for the Teynham orchard came from France and the Low Countries.
gairsay | Science for Cider | orchard history | the National Fruit and Cider Institute at Long Ashton | the Institute's chemists, the cider makers funding it, and growers testing its advice | Long Ashton near Bristol | 1903 to 1912 | trials of cider apple varieties; spray programmes against pests; ties with Bristol's new university | Long Ashton made cider a subject for chemists without losing the farmers | the Institute served big cider companies only | The National Fruit and Cider Institute was founded at Long Ashton near Bristol in 1903. | Long Ashton joined Bristol's university in 1912.
faray | A Lodge in Threes | folly history | the Triangular Lodge at Rushton | Sir Thomas Tresham, his masons and the authorities who fined him for his faith | Rushton in Northamptonshire | 1593 to 1597 | three walls, three floors and trefoil windows; Latin texts carved round the building; a Catholic's protest in stone | the Triangular Lodge is a statement of faith disguised as a warrener's lodge | the lodge was a harmless puzzle for amusement | Sir Thomas Tresham built the Triangular Lodge at Rushton between 1593 and 1597. | Each wall of the Triangular Lodge is about thirty-three feet long.
faray | Fruit in Stone | folly history | the Dunmore Pineapple | John Murray, fourth Earl of Dunmore, his gardeners and the unknown architect | the walled garden at Dunmore Park in Stirlingshire | 1761 to 1777 | a stone pineapple on a garden pavilion; hothouses heated behind the wall; a fruit that meant wealth and hospitality | the Pineapple is a garden building that boasts about what the hothouses could grow | the Pineapple was a joke with no purpose | The Dunmore Pineapple carries the date 1761. | The Earl of Dunmore later served as governor of Virginia.
faray | The Last Tower | folly history | Lord Berners's tower at Faringdon | Lord Berners, his companion Robert Heber-Percy and the neighbours who objected | Faringdon Hill in Oxfordshire | 1935 | a planning row with the neighbours; a tower built for no use at all; a notice about jumping at one's own risk | Faringdon's tower is a deliberate joke about follies themselves | the tower was merely its owner's whim | Lord Berners completed his tower on Faringdon Hill in 1935. | The Faringdon tower stands about one hundred and forty feet high.
faray | Concrete and Spirits | folly history | Sway Tower | Andrew Peterson, a retired judge from Calcutta, his labourers and the spirit guides he consulted | Sway in the New Forest | 1879 to 1885 | mass concrete poured without steel; work that kept local men employed; advice said to come from seances | Sway Tower was chiefly a building experiment, secondarily a memorial | it is simply an eccentric's monument | Andrew Peterson built Sway Tower between 1879 and 1885. | Sway Tower was built of concrete without any steel reinforcement.
faray | A Colosseum for Oban | folly history | McCaig's Tower | John Stuart McCaig, the stonemasons of Oban and his heirs who stopped the work | the hill above Oban | 1897 to 1902 | a ring of arches based on the Colosseum; winter work for local masons; statues planned but never made | McCaig's Tower was mainly a job scheme, only secondly a monument | McCaig built it from vanity | John Stuart McCaig began his tower above Oban in 1897. | Work on McCaig's Tower stopped when he died in 1902.
faray | Beacon on the Cotswold Edge | folly history | Broadway Tower | the Earl of Coventry, the architect James Wyatt and William Morris, who stayed there | Broadway Hill in Worcestershire | 1794 to 1876 | a tower built to be seen from far away; a Saxon-style castle in miniature; holidays that ended in a conservation society | Broadway Tower matters most for the people who used it after it was built | the tower's meaning lies in its design | Broadway Tower was finished in 1798 for the Earl of Coventry. | William Morris stayed at Broadway Tower in 1876.
faray | Buried Under the Floor | folly history | Leith Hill Tower | Richard Hull, his neighbours in Surrey and later owners who filled the tower with rubble | Leith Hill, the highest point in south-east England | 1765 to 1772 | a tower raising the hill above a thousand feet; its builder buried beneath it; the tower sealed up and later reopened | Leith Hill Tower went up for the view and survived as its builder's grave | the tower was only a vanity | Richard Hull built Leith Hill Tower in 1765. | Richard Hull was buried beneath the floor of his tower in 1772.
faray | A Castle with Nothing Behind | folly history | the Sham Castle at Bath | Ralph Allen, the architect Sanderson Miller and the carpenter Richard Jones who built it | Bathwick Hill above Bath | 1762 | a screen wall seen from Allen's town house; stone from Allen's own quarries; an eyecatcher with nothing behind it | the Sham Castle advertised Allen's stone while decorating his view | the castle was an idle ornament | Ralph Allen had the Sham Castle above Bath built in 1762. | The Sham Castle is a screen wall with nothing behind it.
faray | Alfred's Standard | folly history | King Alfred's Tower at Stourhead | the banker Henry Hoare, his builders and the visitors to his garden | the far rim of the Stourhead estate in Wiltshire | 1762 to 1772 | a triangular brick tower; a site linked with Alfred's campaign of 878; a statue of the king above the door | King Alfred's Tower turned a garden into a story about English liberty | it is a simple viewpoint tower | Henry Hoare completed King Alfred's Tower in 1772. | King Alfred's Tower stands near where Alfred supposedly raised his standard in 878.
faray | Shells at Clifton | folly history | Goldney Grotto | Thomas Goldney, a Quaker merchant, his workmen, and ships bringing shells | Clifton in Bristol | 1737 to 1764 | shells from the Caribbean and Africa; a lion and a river god among the shells; a water cascade driven by a steam engine | Goldney's grotto displayed a Bristol merchant's trade routes | the grotto was a private fancy unconnected with trade | Thomas Goldney began his grotto at Clifton in 1737. | Goldney's grotto took twenty-seven years to finish.
faray | Under the Road at Twickenham | folly history | Alexander Pope's grotto | Alexander Pope, his friends who sent him minerals and the later owners who stripped it | Pope's villa at Twickenham | 1719 to 1744 | a tunnel beneath the road, joining house and garden; walls studded with minerals and mirrors; a poet's retreat turned into a visitors' sight | Pope's grotto was a practical tunnel that became a poem in stone | it was mere decoration | Alexander Pope leased his villa at Twickenham in 1719. | Pope's grotto was a tunnel under the road between his house and his garden.
faray | Busts in a Curve | folly history | the Temple of British Worthies at Stowe | Lord Cobham, the designer William Kent and the sixteen worthies in their niches | the Elysian Fields at Stowe in Buckinghamshire | 1734 to 1735 | a curved wall of busts; heroes chosen for politics; a joke inscription to a dog at the back | the temple is a political argument in garden form | the busts were chosen only for their fame | William Kent designed the Temple of British Worthies at Stowe in about 1734. | Lord Cobham filled the temple with busts of his political and intellectual heroes.
faray | A Ruin Built New | folly history | Mow Cop Castle | Randle Wilbraham of Rode Hall, those who built the sham ruin, and Primitive Methodists gathering below it | Mow Cop on the Cheshire and Staffordshire border | 1754 to 1807 | a ruin built as a summerhouse; a view across two counties; a camp meeting that founded a church | Mow Cop's later religious fame shows how follies are reused by people who never built them | the castle only matters as decoration | Mow Cop Castle went up as a ready-made ruin in 1754. | Primitive Methodism's first camp meeting gathered on Mow Cop in 1807.
faray | An Admiral's Column | folly history | Keppel's Column | the Marquess of Rockingham, the architect John Carr and Admiral Augustus Keppel | Scholes Coppice near Rotherham | 1773 to 1779 | a column begun before anyone knew whom it would honour; a court martial and an acquittal; a column left shorter than planned | Keppel's Column is a party political monument renamed to fit events | it was always planned for Keppel | Keppel's Column near Rotherham was begun in 1773. | The column was named for Admiral Augustus Keppel after his acquittal by court martial in 1779.
faray | A Tower over Hadlow | folly history | Hadlow Tower | Walter Barton May, his architect George Ledwell Taylor, and villagers calling the tower May's Folly | Hadlow in Kent | 1838 to 1951 | a Gothic tower on a small country house; a house mostly demolished; a lantern seen across the Weald | Hadlow Tower outlived the house beneath it | it is a simple show of wealth | Walter Barton May added the great tower to Hadlow Castle in 1838. | The tower rises about one hundred and seventy feet above the village.
faray | A Church That Is Not | folly history | the Tattingstone Wonder | the squire Edward White, farm labourers living inside, and passing travellers who were fooled | Tattingstone in Suffolk | 1790 | cottages given a church front; a tower with only three sides; a joke for the view from the hall | the Wonder is workers' housing wearing a joke | the Wonder was built purely to fool visitors | Edward White built the Tattingstone Wonder in about 1790. | The Tattingstone Wonder consists of cottages dressed up with a sham church tower.
faray | Wanted, One Hermit | folly history | the hermitage at Painshill | Charles Hamilton, the hermit he hired, and visitors arriving to gawp | Painshill Park in Surrey | 1738 to 1773 | a hermitage in the woods; a contract for seven years of silence; a hermit who lasted three weeks | the Painshill hermit story shows a garden performed as theatre | the story is only a later joke | Charles Hamilton laid out Painshill Park between 1738 and 1773. | Hamilton reportedly hired a hermit who lasted only three weeks.
faray | Cottages for Old Servants | folly history | Blaise Hamlet | the banker John Harford, the architect John Nash and the retired servants who lived there | Henbury near Bristol | 1810 to 1812 | nine cottages each in a different style; a village green with a pump; picturesque taste applied to charity | Blaise Hamlet joined charity and picturesque taste | the hamlet was an ornament first | John Nash designed Blaise Hamlet near Bristol in 1811. | The cottages of Blaise Hamlet were built for retired servants of the Harford family.
faray | Moving a Tower | folly history | Clavell Tower | the Reverend John Richards Clavell, the writers who loved the tower and the Landmark Trust | the cliff above Kimmeridge Bay in Dorset | 1830 to 2008 | a lookout built near a crumbling cliff; the tower taken apart stone by stone; rebuilt further inland | Clavell Tower survived because people were willing to move it | the tower's only value is its view | Clavell Tower at Kimmeridge was built in 1830. | Clavell Tower was taken down and rebuilt further from the cliff edge in 2008.
"""

SCHOLARS = ["Caldicott", "Espley", "Fernyhough", "Hockaday", "Loxton", "Oakshott", "Rainbird", "Stubbington",
            "Bythesea", "Chadderton", "Dollery", "Eggleshaw", "Lapage", "Mabbott", "Paskin", "Raffety", "Tewson",
            "Underhay", "Vickerstaff", "Bulpitt", "Farebrother", "Hitchmough", "Greatorex", "Cheeseman"]

HOOK = [
    "{X} first caught my attention on a wet afternoon in a second-hand bookshop.",
    "Ask ten enthusiasts about {x} and you will collect eleven opinions.",
    "Most people can tell you one thing about {x}, and it is usually the wrong thing.",
    "{X} turns up in every beginner's guide, flattened into a caption.",
    "My notes on {x} have outgrown the folder I started them in.",
    "Nobody warned me how many loose ends {x} would have.",
    "From a distance {x} looks simple; close up it does not.",
    "Two versions of {x} circulate: a tidy fable and a messier documented account.",
    "I came to {x} sideways, while chasing something quite different.",
    "For a subject retold so often, {x} keeps its secrets remarkably well.",
    "{X} deserves a longer look than the usual potted paragraph allows.",
    "A chance remark over tea sent me back to {x}.",
]
ASIDE = [
    "The action mostly stays in {setting}.",
    "The cast includes {people}.",
    "The years that matter here are {period}.",
    "Guesses below are labelled as guesses.",
    "I claim no discoveries; every source I use is in print.",
    "Some holes remain at the finish.",
]
SIGNPOST = [
    "I take {s1} first, then {s2}, and finish with a judgement.",
    "Each section below knocks on one board of the received account.",
    "I go roughly in the order things happened.",
    "{S1} gets most space, its paper trail being fullest.",
    "Toward the close I let opponents speak.",
]
ASK_LEAD = [
    "The puzzle, put plainly, is this: {question}",
    "My nagging question: {question}",
    "Behind everything here sits one question: {question}",
    "So the thing I want to settle is this: {question}",
]
ASKS = ["how much did {x} really alter?",
        "what room did {people} have to choose differently?",
        "why does the abridged tale of {x} survive so stubbornly?",
        "what would {setting} be without it?"]
CLAIM = [
    "My contention: {thesis}.",
    "My purpose here: to establish that {thesis}.",
    "On the evidence I have handled, {thesis}.",
    "Put briefly, {thesis}.",
    "Line up {s1}, {s2} and {s3} and a shape emerges: {thesis}.",
    "If I am right, {thesis}.",
    "The record tilts one way: {thesis}.",
    "Years with the books have convinced me that {thesis}.",
]
SCENE_IN = [  # opens the background paragraph; naming x keeps the paragraph one essay's own
    "{X} did not drop out of a clear sky.",
    "To follow {x}, we need a short step backwards.",
    "The ground for {x} was laid well before anybody noticed.",
    "Some stage-setting helps with {x}.",
    "{X} belongs inside a longer story.",
    "Several older habits fed into {x}.",
]
SCENE = [
    "Cash was short for nearly everybody concerned.",
    "Habit outweighed every rulebook.",
    "{People} had plenty else on their minds.",
    "Personal friendships opened most of the doors.",
    "News travelled slowly and arrived garbled.",
    "The road there was strewn with false starts.",
    "{Scholar} stresses how few hands were really involved.",
    "Surviving material clusters in {setting}.",
    "Ordinary routine ground on around the famous moments.",
    "The figures we have are full of holes.",
    "Rivals kept a wary eye on one another.",
    "Weather and distance decided more than we now remember.",
]
SCENE_OUT = [  # closer of the backdrop; mentions x
    "From that mixture {x} emerged.",
    "Against such a background {x} looks far less surprising.",
    "By then every ingredient of {x} was to hand.",
    "Circumstance had half made {x} before anyone chose it.",
    "Take that background away and {x} becomes a riddle.",
    "{X} grew out of exactly these conditions.",
]
WORDS = [
    "Even the label {x} arrived later than the thing itself.",
    "Contemporaries reached for quite other names.",
    "The terms {people} used can trip a modern reader.",
    "Our words are handy tags, not descriptions.",
    "Picking a name already means picking a side.",
    "Spellings wander, which makes searching the records slow work.",
]
PAPERS = [
    "Our picture of {x} is pieced together from letters, inventories and a few memoirs.",
    "Officials in {setting} wrote down dates and sums but hardly ever reasons.",
    "Some correspondence from {people} survives, spread across several collections.",
    "Printed accounts of {x} tend to inherit one another's mistakes.",
    "Recollections written down decades afterwards need gentle handling.",
    "Surviving objects sometimes quarrel with the written record.",
]
FOLK = [
    "{X} involved more helpers than the legend allows.",
    "{People} wanted incompatible outcomes and fought for them.",
    "Some of the central figures left almost nothing on paper.",
    "{Scholar} rightly gives helpers and heroes equal pages.",
    "Men on the ground often quietly ignored instructions from above.",
]
THREAD_IN = [
    "Begin with {s}.",
    "Evidence runs thickest around {s}.",
    "{S} is usually hurried over.",
    "Justice requires attention to {s}.",
    "Oddly little has been written on {s}.",
    "Then there is {s}.",
    "Plenty rests on {s}.",
    "{S} repays close attention.",
    "Running alongside it all was {s}.",
    "Sources grow talkative on {s}.",
]
THREAD = [  # each names its strand
    "Where {s} is concerned, the boring particulars carry the meaning.",
    "{S} cost more, and took longer, than anyone had budgeted for.",
    "I have found three different dates given for {s}, and trust none of them completely.",
    "{Scholar} files {s} under minor business; I would put it near the middle.",
    "Imitators copied {s} soon after, mostly badly.",
    "Newspapers at the time misreported {s}, slightly but revealingly.",
    "{S} owed more to stubbornness than to cleverness.",
    "Read only the famous accounts and {s} barely appears.",
    "{People} rarely agreed about {s}, and said so in public.",
    "{S} advanced jerkily, with long pauses between bursts.",
    "{S} felt startlingly new to those who first saw it.",
    "Local knowledge mattered enormously in {s}.",
    "{S} was largely improvised, often that very morning.",
    "{S} left physical traces that can still be examined.",
    "Younger people, not their elders, carried most of {s}.",
    "The first attempts at {s} were frankly clumsy.",
]
TALLY = [
    "Of the {num} cases {Scholar} lists ({year}), something like {pct} in a hundred involve {s}.",
    "{Scholar}'s tables ({year}) credit {s} with some {pct} per cent of all change recorded.",
    "A sample of {num} examples, gathered by {Scholar} in {year}, shows {s} again and again.",
    "{Scholar} ({year}) counts {num} instances, not many, but {s} threads through almost every one.",
    "My own tally, built on {Scholar}'s lists, hands {s} roughly {pct} per cent.",
    "In {Scholar}'s sample of {num}, {s} accounts for roughly {pct} per cent.",
    "When {Scholar} repeated the count in {year}, the figure for {s} fell by nearly {pct} per cent.",
    "{Scholar} ({year}) concedes that {num} surviving examples make a small base, yet {s} stands out in them.",
]
INSTANCE = [
    "A single bundle of papers, which {Scholar} has read more carefully than anyone, bears much of this argument.",
    "One small instance beats any general rule here.",
    "In {setting} the response to {s} was worked out week by week.",
    "A visitor from elsewhere would have found {s} puzzling.",
    "Across {period} the examples pile up.",
    "{People} each left at least one story about {s}.",
    "I could add a dozen smaller cases of {s}, but one will do.",
]
TIE = [
    "{S} is a small thing, yet it already leans toward the view that {thesis}.",
    "Notice how badly {s} fits the version in the guidebooks.",
    "Everything after depends on getting {s} right.",
    "{S} strengthens the suspicion that {thesis}.",
    "I suspect {people} would have ranked {s} above everything else here.",
    "Ignore {s}, as many accounts do, and the story loses its logic.",
    "Here, at least, the evidence of {s} is firm.",
]
HINGE = ["Then {s} rewrote the rules of the whole business.", "It was {s} that broke the old pattern.",
         "After that, the story belongs to {s}.", "Enter {s}, and the mood shifts."]
VOICE_LEAD = [
    "{Scholar} once summed up {setting} like this:",
    "An old hand, writing about {setting} long afterwards, recalled:",
    "Lecturing on {x} in {year}, a speaker offered this:",
    "{Scholar} has no patience with romantic accounts of {s}:",
    "{Scholar} writes of {s}:",
]
VOICE = [  # quoted sentences name x or one strand: every quotation stays with one essay
    "Those who did {s} worried about wages, not about posterity.",
    "{X} has been polished until the grain has vanished.",
    "The true story of {s} is slower and odder than the legend.",
    "Every generation rediscovers {x} and congratulates itself on the find.",
    "{S} meant cold hands and early mornings.",
    "{X} is admired for its least interesting features.",
]
VOICE_AFTER = [
    "That is a little unkind, but hard to dispute.",
    "The writer was close enough to know.",
    "The line has stayed with me.",
    "It is quoted less often than it deserves.",
]
VOICE_AFTER2 = [
    "Several of {people} would have nodded at it.",
    "It also hints at how {s} looked from inside.",
    "Beyond {setting} it may not hold.",
    "Its glance at {s} is the useful part.",
    "Few of the standard books on {x} bother to quote it.",
]
ROSTER_LEAD = [
    "Whenever {x} went right, a handful of ingredients recur:",
    "Looking at the successes, {people} tended to have:",
    "What helped most in {setting} was fairly simple:",
    "A checklist drawn from the better cases would read:",
]
ROSTER = [
    "a person on the spot who understood {s}",
    "money set aside for {s}",
    "patience while {s} settled down",
    "a written note of how {s} was done",
    "friends outside who could vouch for {s}",
    "time to try {s} more than once",
]
ROSTER_EXTRA = ["a contemporary photograph or two of {x}", "a newspaper willing to report {x} fairly",
                "a successor ready to carry {x} on", "decent weather while {x} was under way"]
PARALLEL = [
    "There are near relations of {x} in other countries, and they behave much the same.",
    "Under comparable strain, other places chose otherwise.",
    "Where {people} talked early and often, things went more smoothly.",
    "Nothing elsewhere quite matches {s2}.",
    "The closest parallel I know ended far less happily.",
    "A comparison with a failure teaches more than one with a success.",
]
WHATIF = [
    "Picture {s2} going wrong.",
    "Counterfactuals are a parlour game, but a useful one.",
    "Remove {s1} and I cannot picture {setting} at all.",
    "{People} would then have chosen among very different options.",
    "Beyond the first step, guessing turns into storytelling.",
]
AFTERLIFE = [
    "Long after {x} was over, its habits lingered in {setting}.",
    "Enthusiasts rediscover {x} roughly once a generation.",
    "Stories told by {people} were retold, and improved, by their grandchildren.",
    "Recent work returns, again and again, to {s3}.",
    "Anniversaries have not been kind to the facts.",
    "Neat morals extracted from {x} crumble on rereading.",
]
OBJECT = [
    "Against all this, some will say that {rival}.",
    "A serious case exists that {rival}.",
    "A good many writers hold that {rival}.",
    "An objector could reply that {rival}.",
    "Read generously, some evidence suggests that {rival}.",
]
OBJECT_MORE = [
    "{People} raised this point themselves.",
    "It deserves respect.",
    "{Scholar2} ({year2}) makes the case well.",
    "It carries some force, since {x} did not suit everyone.",
]
REPLY = [
    "Records kept in {setting} contradict it.",
    "About {s2} it says nothing.",
    "It quietly presumes whatever is disputed about {x}.",
    "It asks us to overlook the awkward details of {x}.",
    "On that reading, cases like {setting} ought to be commonplace, and they are not.",
    "That some of {people} lost out does not make the argument right.",
]
WRAP_OPEN = [
    "Gathering the threads: {thesis}.",
    "Taken together, the evidence about {x} leans one way.",
    "Nobody should treat this as final on {x}.",
    "So what are we to make of {x}?",
    "None of these points is decisive alone, but together they suggest that {thesis}.",
    "Strip away the anecdotes and {x} still stands up.",
    "{X} is usually told in a sentence; it deserves a page at least.",
]
WRAP_MID = [
    "{S1} and {s2} carry most of the argument, with {s3} in support.",
    "Old-school accounts still insist that {rival}; I remain unconvinced.",
    "It is the detail of {s1} that persuades me.",
    "I look forward to being corrected by members who know {x} better.",
    "New material from {setting} could still change the details.",
    "The real {x} is more interesting than the legend anyway.",
]
WRAP_END = [  # final sentence everywhere; mentions x, its cast or its place
    "{X} belongs, finally, to {people}, who endured it.",
    "Doubters should visit {setting} and judge for themselves.",
    "{X} was, above all, a piece of careful work.",
    "If fresh evidence on {x} turns up, please tell me.",
    "{X} deserves wider fame.",
    "Behind {x}, as so often, stood a handful of determined people.",
    "I suspect {people} would be amused by all the attention.",
]
EPIGRAPH = [
    "The past of {x} is a foreign country with bad roads.",
    "Old things are patient; they wait for someone to ask about {x} properly.",
    "A good story about {x} and a true one are seldom the same length.",
    "What the founders of {x} wanted and what they got were different things.",
]
HD_SCENE = ["Background", "How it began", "The setting", "Before all this", "Early days", "First things"]
HD_WORDS = ["Names first", "Which name?", "Terms"]
HD_PAPERS = ["What survives", "The record", "Documents"]
HD_FOLK = ["Who was involved", "The people behind it", "Cast list"]
HD_THREAD = ["{S}", "About {s}", "The matter of {s}", "Considering {s}", "Why {s} matters", "Enter {s}"]
HD_PARALLEL = ["Comparisons", "Elsewhere", "Parallels"]
HD_WHATIF = ["What if", "Another way", "Imagining otherwise"]
HD_AFTER = ["Afterwards", "Legacy", "What remained"]
HD_OBJECT = ["Objections", "An objection", "The other side", "A different view", "Doubts", "Against my case"]
HD_WRAP = ["Conclusion", "Conclusions", "In the end", "Final thoughts", "To sum up"]

# The youngest invented study each host may cite: a year before its pages were put up.
LATEST_STUDY = {"wyre": 1997, "burray": 2002, "gairsay": 2005, "faray": 2009}
WORDS_MIN, WORDS_MAX = 350, 600
QUESTION_SHARE = {"burray": 0.5}  # the tractor portal's poll borrows questions, so its essays ask more often
EPIGRAPH_SHARE = 0.12
HEADED_SHARE = {"wyre": 0.8}  # most LaTeX papers come with section commands


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def parse_cards() -> list[dict]:
    cards = []
    for n, line in enumerate(ESSAY_CARDS.strip().splitlines(), 1):
        f = [s.strip() for s in line.split("|")]
        assert len(f) == 12, line
        host, title, subject, x, people, setting, period, strands, thesis, rival, fact1, fact2 = f
        for fact in (fact1, fact2):
            assert fact.endswith(".") and fact.count(".") == 1, fact
        assert re.search(r"\d{4}", period), period
        assert host in LATEST_STUDY, host
        cards.append(dict(id=f"k{n:03d}", host=host, title=title, subject=subject, x=x, people=people,
                          setting=setting, period=period, strands=[s.strip() for s in strands.split(";")],
                          thesis=thesis, rival=rival, facts=[fact1, fact2]))
    return cards


def draft_essay(card: dict, rng: random.Random) -> dict:
    """Seeded draft of `card`, one try; make_essay loops until the length lands in range.

    Order: maybe an epigraph; opener (x up front, claim last, optionally an aside, signpost or question in
    between); backdrop (SCENE_IN, fact one, perhaps fact two, SCENE_OUT); occasionally a detour on naming,
    documents or cast; two strands or three, each given a paragraph (sometimes two), a few opened by a hinge, some
    followed by a cited remark, others by bullets; perhaps parallel, what-if or afterlife; objection plus reply; wrap,
    ending on x, cast or place. Headings by coin toss. Any one essay uses each pattern once at most."""
    left: dict[int, list[str]] = {}

    def pick(pool: list[str]) -> str:
        rest = left.setdefault(id(pool), rng.sample(pool, len(pool)))
        return rest.pop() if rest else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    duo = rng.sample(SCHOLARS, 2)
    slots = dict(x=card["x"], X=cap(card["x"]), people=card["people"], People=cap(card["people"]),
                 setting=card["setting"], Setting=cap(card["setting"]), period=card["period"], s1=s1, s2=s2, s3=s3,
                 S1=cap(s1), S2=cap(s2), thesis=card["thesis"], rival=card["rival"], Scholar=duo[0], Scholar2=duo[1])
    newest = LATEST_STUDY[card["host"]]
    last_year = int(re.findall(r"\d{4}", card["period"])[-1])
    oldest = min(max(1950, last_year + 3), newest)

    def fill(pattern: str, s: str | None = None) -> str:
        more = dict(s=s or s1, S=cap(s or s1), year=rng.randint(oldest, newest), year2=rng.randint(oldest, newest),
                    pct=rng.choice([11, 14, 19, 23, 27, 31, 36, 39, 44, 48, 52, 57, 63, 68, 74]),
                    num=rng.choice([14, 19, 23, 31, 37, 46, 52, 61, 73, 86, 97, 118, 141]))
        return pattern.format(**slots, **more)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    def carded(pool: list[str], k: int) -> list[str]:
        # pool[0] carries card material, pinning such paragraphs to their own essay
        chosen = [pool[0]] + rng.sample(pool[1:], k)
        return [fill(q) for q in chosen]

    question = cap(fill(rng.choice(ASKS)))
    slots["question"] = question
    headed = rng.random() < HEADED_SHARE.get(card["host"], 0.5)
    blocks: list[tuple] = []
    epigraph = None
    if rng.random() < EPIGRAPH_SHARE:
        epigraph = f"{fill(pick(EPIGRAPH))} \u2014 {rng.choice([s for s in SCHOLARS if s not in duo])}"
        blocks.append(("quote", epigraph))
    claim = fill(pick(CLAIM))
    hook = fill(pick(HOOK))
    first = [hook]
    parts: list[str] = []
    asked = None
    for share, pool, name in ((0.3, ASIDE, "aside"), (0.25, SIGNPOST, "signpost"),
                              (QUESTION_SHARE.get(card["host"], 0.25), ASK_LEAD, "question")):
        if rng.random() < share:
            first.append(fill(pick(pool)))
            parts.append(name)
            if name == "question":
                asked = question
    first.append(claim)
    blocks.append(para(*first))
    opening = blocks[-1][1]
    if headed:
        blocks.append(("heading", fill(pick(HD_SCENE))))
    scene_in, scene_out = fill(pick(SCENE_IN)), fill(pick(SCENE_OUT))
    scene = [scene_in, fill(pick(SCENE)), card["facts"][0]] + [fill(pick(SCENE)) for _ in range(rng.randint(0, 1))]
    pending = [card["facts"][1]]
    if rng.random() < 0.5:
        scene.insert(rng.randint(3, len(scene)), pending.pop())
    blocks.append(para(*scene, scene_out))
    background = blocks[-1][1]
    roll = rng.random()
    for lo, hi, pool, heads, name in ((0.0, 0.12, WORDS, HD_WORDS, "names"), (0.12, 0.25, PAPERS, HD_PAPERS, "papers"),
                                      (0.25, 0.35, FOLK, HD_FOLK, "people")):
        if lo <= roll < hi:
            parts.append(name)
            if headed:
                blocks.append(("heading", fill(pick(heads))))
            blocks.append(para(*carded(pool, rng.randint(1, 2))))
    strands = [s1, s2, s3] if rng.random() < 0.6 else [s1, s2]
    quote_at = rng.randrange(len(strands)) if rng.random() < 0.35 else None
    list_at = rng.randrange(len(strands)) if rng.random() < 0.3 else None
    hinge_at = rng.randrange(1, len(strands)) if rng.random() < 0.3 else None
    thread_heads: list[str] = []
    quotation = None
    for i, s in enumerate(strands):
        if hinge_at == i:
            blocks.append(para(fill(pick(HINGE), s)))
            parts.append("hinge")
        if headed:
            thread_heads.append(fill(pick(HD_THREAD), s))
            blocks.append(("heading", thread_heads[-1]))
        body = [fill(pick(THREAD_IN), s), fill(pick(THREAD), s), fill(pick(TALLY), s)]
        if rng.random() < 0.35:
            body.insert(2, fill(pick(THREAD), s))
        if rng.random() < 0.35:
            body.insert(rng.randint(2, len(body)), fill(pick(INSTANCE), s))
        if pending and i == 1:
            body.insert(1, pending.pop())
        tie = fill(pick(TIE), s)
        if rng.random() < 0.25 and len(body) > 3:
            blocks.append(para(*body[:2]))
            blocks.append(para(*body[2:], tie))
        else:
            blocks.append(para(*body, tie))
        if quote_at == i:
            parts.append("quotation")
            quotation = fill(pick(VOICE), s)
            blocks.append(para(fill(pick(VOICE_LEAD), s)))
            blocks.append(("quote", quotation))
            blocks.append(para(fill(pick(VOICE_AFTER), s), fill(pick(VOICE_AFTER2), s)))
        if list_at == i:
            parts.append("list")
            blocks.append(para(fill(pick(ROSTER_LEAD))))
            items = [cap(fill(pick(ROSTER), t)) for t in strands]
            items += [cap(fill(t)) for t in rng.sample(ROSTER_EXTRA, rng.randint(0, 2))]
            blocks.append(("list", (rng.random() < 0.4, items)))
    roll = rng.random()
    if roll < 0.4:
        parts.append("parallel" if roll < 0.14 else "what-if" if roll < 0.27 else "afterlife")
    if roll < 0.14:
        if headed:
            blocks.append(("heading", fill(pick(HD_PARALLEL))))
        blocks.append(para(*[fill(pick(PARALLEL)) for _ in range(rng.randint(2, 3))]))
    elif roll < 0.27:
        if headed:
            blocks.append(("heading", fill(pick(HD_WHATIF))))
        blocks.append(para(*carded(WHATIF, rng.randint(1, 2))))
    elif roll < 0.4:
        if headed:
            blocks.append(("heading", fill(pick(HD_AFTER))))
        blocks.append(para(*carded(AFTERLIFE, rng.randint(1, 2))))
    if headed:
        blocks.append(("heading", fill(pick(HD_OBJECT))))
    objection = [fill(pick(OBJECT)), fill(pick(OBJECT_MORE)), fill(pick(REPLY), s2)]
    if rng.random() < 0.5:
        objection.append(fill(pick(REPLY), s2))
    if rng.random() < 0.35:
        objection.insert(2, fill(pick(OBJECT_MORE)))
    blocks.append(para(*objection))
    if headed:
        blocks.append(("heading", fill(pick(HD_WRAP))))
    end = fill(pick(WRAP_END))
    wrap_up = [fill(pick(WRAP_OPEN))] + [fill(pick(WRAP_MID)) for _ in range(rng.randint(1, 2))]
    if rng.random() < 0.3 and len(wrap_up) > 2:
        blocks.append(para(*wrap_up[:2]))
        blocks.append(para(*wrap_up[2:], end))
    else:
        blocks.append(para(*wrap_up, end))
    words = sum(len(block_text(b).split()) for b in blocks)
    return dict(id=card["id"], title=card["title"], blocks=blocks, words=words, tags=[card["subject"]],
                domain=card["id"], url="-", earlier="", card=card, headed=headed, parts=parts, opening=opening,
                background=background, quotation=quotation, epigraph=epigraph, question=asked,
                thread_heads=thread_heads, claim=claim, hook=hook, end=end)


def make_essay(card: dict, seed: int) -> dict:
    """Up to 200 seeded drafts; returns the earliest whose word count sits within the band."""
    for attempt in range(200):
        essay = draft_essay(card, random.Random(f"set37:{seed}:draft:{card['id']}:{attempt}"))
        if WORDS_MIN <= essay["words"] <= WORDS_MAX:
            essay["attempt"] = attempt
            return essay
    raise SystemExit(f"card {card['id']}: no draft of {WORDS_MIN}-{WORDS_MAX} words")


# --------------------------------------------------------------------------------------- common machinery

ESSAYS_BY_TITLE: dict[str, dict] = {}  # filled by main(); the hosts' boxes borrow from it
ESSAY_PAGES: dict[str, list[int]] = {}  # host -> pages having essays
SITE_TITLES: dict[str, list[str]] = {}  # host -> titles, page order
SEED = 2037  # main() overwrites this; it drives the rare inserts


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def only_in(text: str, title: str) -> bool:
    """Exclusivity probe. Yes iff norm(text) turns up inside exactly one chosen essay, namely `title`."""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def question_of(title: str) -> str | None:
    """The question an essay asks in its opening (burray's poll), when it asks one and nobody else does."""
    asked = ESSAYS_BY_TITLE[title]["question"]
    return asked if asked and only_in(asked, title) else None


def heads_of(title: str) -> list[str]:
    """Strand headings found in this essay alone (gairsay's edit summaries quote them)."""
    return [h for h in ESSAYS_BY_TITLE[title]["thread_heads"] if only_in(h, title)]


class Page(g2.Page):
    """g2.Page, extended with host name, card, sibling titles."""

    def __init__(self, essay, rng, index, site_titles, site: str):
        super().__init__(essay, rng, index, site_titles)
        self.site = site
        self.card = essay["card"]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})


class IndexPage:
    """Essayless page in some host's template; sibling titles may appear on it."""

    def __init__(self, site: str, index: int, site_titles: list[str], rng: random.Random, kind: str):
        self.site, self.index, self.rng, self.kind = site, index, rng, kind
        self.site_titles = list(site_titles)

    def truth(self) -> str:
        return "site:\nno_essay: true\n---\n"


def _winners(site: str, role: str, count: int, among: list[int] | None = None) -> list[int]:
    pool = among if among is not None else ESSAY_PAGES[site]
    return sorted(random.Random(f"set37:{SEED}:{site}:{role}").sample(pool, count))


def carries(site: str, role: str, count: int, page, among: list[int] | None = None) -> bool:
    """Exactly `count` essay pages of the host draw `role`; does this one?"""
    return page.index in _winners(site, role, count, among)


def rank_of(site: str, role: str, count: int, page) -> int | None:
    """Index among `role` winners, else None."""
    won = _winners(site, role, count)
    return won.index(page.index) if page.index in won else None


def placed_before(site: str, role: str, page) -> bool:
    """Coin per essay page, seeded (ceil of half win): True lifts this host's wandering box over the essay."""
    order = list(ESSAY_PAGES[site])
    random.Random(f"set37:{SEED}:{site}:{role}:first").shuffle(order)
    return page.index in order[:(len(order) + 1) // 2]


def digest(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def number(*parts, mod: int, base: int = 0) -> int:
    return int(digest(*parts, n=8), 16) % mod + base


def slot_in(pieces: list, pos: int, piece) -> None:
    """Drops `piece` around `pos`; it hops backwards while the block before is tagged heading or lead.
    Never slot zero."""
    while pos > 0 and pieces[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    pieces.insert(max(pos, 1), piece)


def laid_out(p: Page, heading, para, quote_, listing) -> list[tuple[str, object]]:
    """Shown blocks, each through its host callback and labelled; a colon at a paragraph's end marks a lead-in."""
    out = []
    for kind, value in p.visible():
        if kind == "heading":
            out.append(("heading", heading(value)))
        elif kind == "paragraph":
            out.append(("lead" if value.rstrip().endswith(":") else "text", para(value)))
        elif kind == "quote":
            out.append(("quote", quote_(value)))
        else:
            ordered, items = value
            out.append(("list", listing(ordered, items)))
    return out


def retext(blocks: list[tuple], change) -> list[tuple]:
    """The same blocks with `change` applied to every text (list items included)."""
    out = []
    for kind, value in blocks:
        if kind == "list":
            out.append((kind, (value[0], [change(i) for i in value[1]])))
        else:
            out.append((kind, change(value)))
    return out


def backdate(p: Page, latest: int) -> None:
    """Subtracts one fixed offset from every reference year; afterwards none passes `latest`."""
    shift = max(0, 2023 - latest)
    move = lambda text: re.sub(r", (\d{4})(?=[.,])", lambda m: f", {int(m.group(1)) - shift}", text)
    p.refs = [(move(plain), move(markup)) for plain, markup in p.refs]


def long_date(d: date) -> str:
    return f"{d.day} {d.strftime('%B %Y')}"


def norm_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# ---- wyre: a university go club's papers, LaTeX2HTML with -split 0, 1998 ------------------------------------

WY_CLUB = "Kettlewick University Go Club"
WY_HOME = "http://www.kettlewick.ac.uk/~goclub/"
WY_UP = "Papers read to the Club"
WY_WRITERS = [  # name, login, whether they ran latex2html with -show_section_numbers
    ("Tamsin Veale", "tv201", True), ("Graham Oughterson", "goughter", False), ("Li Wenjing", "lw105", True),
    ("Toby Haverfield", "tjh12", True), ("Kit Threapleton", "kt7", False)]
WY_THANKED = ["Chidi Ubah", "Ros Ingelow", "Martin Blakiston", "Pete Yapp", "Anna Zouche"]
WY_NIGHTS = ("Playing nights: Tuesday evenings, 7.30pm, Hollins Room, Students' Union. "
             "Beginners welcome; boards and stones lent, tea free.")
WY_COPY = ("Copyright \u00a9 1993, 1994, 1995, 1996, 1997, Nikos Drakos, Computer Based Learning Unit, "
           "University of Leeds.")
WY_FIGS = ["The whole board after move {a}.", "Moves {a} to {b}, from the original record.",
           "The position before the move discussed above, Black to play.", "A corner sequence from move {a}."]


def wy_writer(title: str) -> tuple:
    return WY_WRITERS[number("wyre", "writer", title, mod=len(WY_WRITERS))]


def wy_no(title: str) -> int:
    return 1 + SITE_TITLES["wyre"].index(title)


def wy_read(title: str) -> date:
    k = SITE_TITLES["wyre"].index(title)
    return date(1997, 10, 14) + timedelta(weeks=2 * k + (1 if k > 5 else 0) + (2 if k > 9 else 0))


def wy_made(title: str) -> datetime:
    day = wy_read(title) + timedelta(days=3 + number("wyre", "made", title, mod=38))
    return datetime(day.year, day.month, day.day, 9 + number("wyre", "hh", title, mod=12), number("wyre", "mm", title, mod=60),
                    number("wyre", "ss", title, mod=60))


def wy_version(made: datetime) -> str:
    return ("97.1 (release) (July 13th, 1997)" if made.date() < date(1998, 3, 2)
            else "98.1p1 release (March 2nd, 1998)")


def wy_stamp(made: datetime) -> str:
    """97.1 printed the date the way date(1) does; 98.1 prints it ISO-style."""
    if made.date() < date(1998, 3, 2):
        return f"{made:%a} {made:%b} {made.day} {made:%H:%M:%S} GMT {made.year}"
    return made.strftime("%Y-%m-%d")


def wy_pages(p) -> int:
    return max(2, math.ceil(p.words / 380)) + (1 if p.refs else 0)


def wy_url(title: str) -> str:
    return f"paper{wy_no(title):02d}.html"


def wy_nav(nxt: tuple[str, str] | None, prv: tuple[str, str] | None, up: tuple[str, str], k: int) -> str:
    """LaTeX2HTML's navigation panel, the custom -up_url/-prev_url form."""
    icons, words = [], []
    if nxt:
        icons.append(f'<A NAME="tex2html{k}"\n  HREF="{nxt[0]}">\n<IMG WIDTH="37" HEIGHT="24" ALIGN="BOTTOM" BORDER="0" ALT="next"\n SRC="/icons/latex2html/next_motif.gif"></A>')
        words.append(f'<B> Next:</B> <A NAME="tex2html{k + 1}"\n  HREF="{nxt[0]}">{esc(nxt[1])}</A>')
    icons.append(f'<A NAME="tex2html{k + 2}"\n  HREF="{up[0]}">\n<IMG WIDTH="26" HEIGHT="24" ALIGN="BOTTOM" BORDER="0" ALT="up"\n SRC="/icons/latex2html/up_motif.gif"></A>')
    words.append(f'\n<B> Up:</B> <A NAME="tex2html{k + 3}"\n  HREF="{up[0]}">{esc(up[1])}</A>')
    if prv:
        icons.append(f'<A NAME="tex2html{k + 4}"\n  HREF="{prv[0]}">\n<IMG WIDTH="63" HEIGHT="24" ALIGN="BOTTOM" BORDER="0" ALT="previous"\n SRC="/icons/latex2html/previous_motif.gif"></A>')
        words.append(f'\n<B> Previous:</B> <A NAME="tex2html{k + 5}"\n  HREF="{prv[0]}">{esc(prv[1])}</A>')
    return "<!--Navigation Panel-->\n" + " \n".join(icons) + "   \n<BR>\n" + "".join(words) + "\n<BR>\n<BR>\n<!--End of Navigation Panel-->\n"


def wy_colophon(title: str, who: str, made: datetime, args: str, sect: int) -> str:
    return (f'<H1><A NAME="SECTION{sect:04d}{"0" * 16}">\nAbout this document ...</A>\n</H1>\n'
            f" <STRONG>{esc(title)}</STRONG><P>\nThis document was generated using the\n"
            f'<A HREF="http://www-dsed.llnl.gov/files/programs/unix/latex2html/manual/"><STRONG>LaTeX</STRONG>2<tt>HTML</tt></A>'
            f" translator Version {wy_version(made)}\n<P>\nCopyright &#169; 1993, 1994, 1995, 1996, 1997,\n"
            f'<A HREF="http://cbl.leeds.ac.uk/nikos/personal.html">Nikos Drakos</A>, \nComputer Based Learning Unit, University of Leeds.\n'
            f"<P>\nThe command line arguments were: <BR>\n <STRONG>latex2html</STRONG> <tt>{esc(args)}</tt>.\n"
            f"<P>\nThe translation was initiated by {esc(who)} on {wy_stamp(made)}\n<BR><HR>\n")


def wy_colophon_clutter(made: datetime, who: str, args: str) -> list[str]:
    return ["About this document ...", "This document was generated using the", f"translator Version {wy_version(made)}",
            WY_COPY, "The command line arguments were:", f"latex2html {args}.",
            f"The translation was initiated by {who} on {wy_stamp(made)}"]


def wy_nights() -> str:
    return (f'<TABLE WIDTH="100%" BORDER="0" CELLPADDING="4">\n<TR><TD BGCOLOR="#FFFFCC"><FONT SIZE="-1">'
            f"<B>Playing nights:</B> {esc(WY_NIGHTS[len('Playing nights: '):])}</FONT></TD></TR>\n</TABLE>\n")


def wy_page(title: str, keyword: str, version_line: str, body: str, top: str = "", bottom: str = "") -> str:
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">

<!--Converted with LaTeX2HTML {version_line}
original version by:  Nikos Drakos, CBLU, University of Leeds
* revised and updated by:  Marcus Hennecke, Ross Moore, Herb Swan
* with significant contributions from:
  Jens Lippmann, Marek Rouchal, Martin Wilck and others -->
<HTML>
<HEAD>
<TITLE>{esc(title)}</TITLE>
<META NAME="description" CONTENT="{esc(title)}">
<META NAME="keywords" CONTENT="{keyword}">
<META NAME="resource-type" CONTENT="document">
<META NAME="distribution" CONTENT="global">

<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">
<LINK REL="STYLESHEET" HREF="{keyword}.css">

</HEAD>

<BODY >
{top}{body}{bottom}</BODY>
</HTML>
"""


def wyre(p: Page) -> str:
    rng = p.rng
    site = "wyre"
    backdate(p, LATEST_STUDY[site])
    who, login, numbered = wy_writer(p.title)
    no = wy_no(p.title)
    read, made = wy_read(p.title), wy_made(p.title)
    if numbered:  # -show_section_numbers: the numbers are part of the headings a reader sees
        counter = iter(range(1, 99))
        p.blocks = [(k, f"{next(counter)}. {v}") if k == "heading" else (k, v) for k, v in p.blocks]

    sections = [0]

    def heading(v: str) -> str:
        sections[0] += 1
        return f'<H1><A NAME="SECTION{sections[0]:04d}{"0" * 16}">\n{esc(v)}</A>\n</H1>\n'

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "OL" if ordered else "UL"
        return f"<{tag}>\n" + "".join(f"<LI>{esc(i)}\n" for i in items) + f"</{tag}>\n"

    pieces = laid_out(p, heading, lambda v: f"<P>\n{esc(v)}\n", lambda v: f"<BLOCKQUOTE>{esc(v)}\n</BLOCKQUOTE>\n", listing)
    fig = rank_of(site, "figure", 6, p)
    if fig is not None:
        a = 20 + number(site, "mv", p.title, mod=160)
        caption = WY_FIGS[fig % len(WY_FIGS)].format(a=a, b=a + 9 + number(site, "mv2", p.title, mod=20))
        img = (f'<P></P>\n<DIV ALIGN="CENTER"><A NAME="{200 + no}"></A><A NAME="fig:board"></A><A NAME="{201 + no}"></A>\n<TABLE>\n'
               f'<CAPTION ALIGN="BOTTOM"><STRONG>Figure 1:</STRONG>\n{esc(caption)}</CAPTION>\n<TR><TD><IMG\n WIDTH="{227 + fig * 4}" HEIGHT="{227 + fig * 4}" BORDER="0"\n'
               f' SRC="img{1 + fig % 3}.gif"\n ALT="\\begin{{figure}}\\begin{{center}}\\leavevmode\n\\epsfig{{file=board{no}.eps,width=6cm}}\\end{{center}}\\end{{figure}}"></TD></TR>\n'
               "</TABLE>\n</DIV><P></P>\n")
        slot_in(pieces, spot(len(pieces), rng, 2, 5), ("figure", img))
        p.clutter += [f"Figure 1: {caption}", caption]
    refs = ""
    if p.refs:
        entries = "".join(f'<P></P><DT><A NAME="{slug(plain.split(",")[0])}{k}">{k}</A>\n<DD>\n'
                          f'{mk.replace("<i>", "<EM>").replace("</i>", "</EM>")}\n\n' for k, (plain, mk) in enumerate(p.refs, 1))
        refs = f'<H2><A NAME="SECTIONREF">References</A>\n</H2><DL COMPACT>{entries}</DL>\n'
    thanked = carries(site, "thanks", 9, p)
    mark, notes = "", ""
    if thanked:
        helper = WY_THANKED[number(site, "thank", p.title, mod=len(WY_THANKED))]
        note = f"Read to the Club on {read.strftime('%A')} {long_date(read)}. I thank {helper} for comments on a draft."
        mark = f'<A NAME="tex2html1"\n  HREF="#foot{60 + no}"><SUP>*</SUP></A>'
        notes = (f'<BR><HR><H4>Footnotes</H4>\n<DL>\n<DT><A NAME="foot{60 + no}">... </A><A NAME="foot{60 + no}"\n'
                 f'  HREF="{wy_url(p.title)}#tex2html1"><SUP>*</SUP></A></DT>\n<DD>{esc(note)}\n\n</DD>\n</DL>\n')
        dated = long_date(read)
        p.clutter += [note, "Footnotes"]
    else:
        dated = f"Read to the Club on {long_date(read)}"
    p.clutter += [who, dated]
    head = (f'<P>\n<H1 ALIGN="CENTER">{esc(p.title)}{mark}</H1>\n<P ALIGN="CENTER"><STRONG>{esc(who)}</STRONG></P>\n'
            f'<P ALIGN="CENTER"><STRONG>{esc(dated)}</STRONG></P><P>\n\n')
    titles = SITE_TITLES[site]
    k = titles.index(p.title)
    nxt = (wy_url(titles[k + 1]), titles[k + 1]) if k + 1 < len(titles) else None
    prv = (wy_url(titles[k - 1]), titles[k - 1]) if k > 0 else None
    up = ("./", WY_UP)
    p.clutter += [x[1] for x in (nxt, prv) if x]
    p.clutter += [WY_UP] + (["Next:"] if nxt else []) + (["Previous:"] if prv else [])
    args = ("-split 0 " + ("-show_section_numbers " if numbered else "") + f"-up_url ./ -up_title '{WY_UP}' "
            f"-prev_url {prv[0] if prv else './'} -next_url {nxt[0] if nxt else './'} paper{no:02d}.tex")
    p.clutter += wy_colophon_clutter(made, who, args)
    body = "\n".join(str(h) for _, h in pieces)
    colophon = wy_colophon(p.title, who, made, args, sections[0] + 1)
    address = f"<ADDRESS>\n<I>{esc(who)}</I>\n<BR><I>{wy_stamp(made)}</I>\n</ADDRESS>\n"
    # the webmaster's server-side include, appended to every paper
    pages = wy_pages(p)
    p.claimed_pages = pages
    kb = 18 + pages * 11 + number(site, "kb", p.title, mod=9)
    served = made + timedelta(days=number(site, "mod", p.title, mod=9), hours=number(site, "modh", p.title, mod=7))
    hits = 23 + number(site, "hits", p.title, mod=260)
    initial = who.split()[0][0]
    refer = (f"Quote this paper as: {initial}. {who.split()[-1]}, \u201c{p.title}\u201d, "
             f"{WY_CLUB} Papers, no. {no} (1997\u201398).")
    ps = f"This paper is also available as PostScript ({pages} pages, {kb}K) and as LaTeX source."
    served_at = f"{served:%A}, {served.day:02d}-{served:%b}-{served.year} {served.hour:02d}:{served.minute:02d}:{served.second:02d} GMT"
    stamp = f"Accesses since this paper was put up: {hits} \u00b7 Last modified: {served_at}"
    ssi = (f'<HR>\n<TABLE WIDTH="100%" CELLPADDING="2">\n<TR><TD><FONT SIZE="-1">\nThis paper is also available as '
           f'<A HREF="paper{no:02d}.ps">PostScript</A> ({pages} pages, {kb}K) and as <A HREF="paper{no:02d}.tex">LaTeX source</A>.<BR>\n'
           f"Quote this paper as: {initial}. {esc(who.split()[-1])}, &ldquo;{esc(p.title)}&rdquo;, <I>{WY_CLUB} Papers</I>, no. {no} (1997&ndash;98).<BR>\n"
           f"Accesses since this paper was put up: {hits} &middot; Last modified: {served_at}\n"
           f'</FONT></TD><TD ALIGN="RIGHT"><A HREF="{WY_HOME}"><IMG SRC="/~goclub/stones.gif" WIDTH="48" HEIGHT="48" ALT="[Go Club home]" BORDER="0"></A></TD></TR>\n</TABLE>\n')
    p.clutter += [ps, refer, stamp, WY_NIGHTS]
    early = placed_before(site, "nights", p)
    main = (wy_nav(nxt, prv, up, 20) + head + body + "\n" + refs + notes + colophon + wy_nav(nxt, prv, up, 40) + address)
    return wy_page(p.title, f"paper{no:02d}", wy_version(made), main, top=wy_nights() if early else "",
                   bottom=ssi + ("" if early else wy_nights()))


def wyre_index(ix: IndexPage) -> str:
    """Either the list of papers (itself put through LaTeX2HTML) or the club ladder."""
    made = datetime(1998, 6, 23, 16, 41, 7)
    if ix.kind == "papers":
        title = "Papers read to the Club, 1997\u201398"
        who = "Kit Threapleton"
        items = "".join(f'<LI><A NAME="tex2html{70 + k}"\n  HREF="{wy_url(t)}">{esc(t)}</A>, {esc(wy_writer(t)[0])}, read {long_date(wy_read(t))}\n'
                        for k, t in enumerate(ix.site_titles))
        body = (f'<P>\n<H1 ALIGN="CENTER">{esc(title)}</H1>\n<P ALIGN="CENTER"><STRONG>{who} (Secretary)</STRONG></P>\n'
                f'<P ALIGN="CENTER"><STRONG>Last revised {long_date(made.date())}</STRONG></P><P>\n\n<P>\n'
                "Every other Tuesday a member reads a short paper on go history or theory before play begins. "
                "The papers below are the speakers' own texts, lightly corrected; nearly all are also kept as PostScript.\n\n"
                f"<P>\n<UL>\n{items}</UL>\n\n<P>\nOffers of papers for next year to the Secretary, please.\n\n")
        args = "-split 0 -up_url ../ -up_title 'Go Club home page' index.tex"
        main = wy_nav(None, None, ("../", "Go Club home page"), 20) + body + wy_colophon(title, who, made, args, 1)
        main += f"<ADDRESS>\n<I>{who}</I>\n<BR><I>{wy_stamp(made)}</I>\n</ADDRESS>\n"
        return wy_page(title, "index", wy_version(made), main, top=wy_nights())
    title = "The Club Ladder, Trinity Term 1998"
    who = "Toby Haverfield"
    names = ["Li Wenjing", "Chidi Ubah", "Tamsin Veale", "Martin Blakiston", "Graham Oughterson", "Ros Ingelow",
             "Toby Haverfield", "Pete Yapp", "Anna Zouche", "Kit Threapleton", "Sam Garside", "Helen Okoro"]
    grades = ["2 dan", "1 dan", "1 kyu", "2 kyu", "3 kyu", "5 kyu", "6 kyu", "8 kyu", "10 kyu", "12 kyu", "15 kyu", "20 kyu"]
    rows = "".join(f'<TR><TD ALIGN="RIGHT">{k}</TD>\n<TD ALIGN="LEFT">{n}</TD>\n<TD ALIGN="LEFT">{gr}</TD>\n<TD ALIGN="RIGHT">{6 + (k * 7) % 9}</TD>\n'
                   f'<TD ALIGN="RIGHT">{(6 + (k * 7) % 9) // 2 + (k % 3)}</TD>\n</TR>\n' for k, (n, gr) in enumerate(zip(names, grades), 1))
    body = (f'<P>\n<H1 ALIGN="CENTER">{title}</H1>\n<P ALIGN="CENTER"><STRONG>{who} (ladder keeper)</STRONG></P>\n'
            f'<P ALIGN="CENTER"><STRONG>{long_date(made.date())}</STRONG></P><P>\n\n<P>\n'
            "Any member may challenge a player up to three places above them. Games are even, with six and a half points "
            "of komi, and the winner takes the higher place. Results go to the ladder keeper by e-mail on the night.\n\n"
            '<P>\n<BR><P></P>\n<DIV ALIGN="CENTER">\n<TABLE CELLPADDING=3 BORDER="1">\n<TR><TD ALIGN="RIGHT">Place</TD>\n<TD ALIGN="LEFT">Name</TD>\n'
            f'<TD ALIGN="LEFT">Grade</TD>\n<TD ALIGN="RIGHT">Played</TD>\n<TD ALIGN="RIGHT">Won</TD>\n</TR>\n{rows}</TABLE>\n</DIV>\n<BR>\n\n')
    args = "-split 0 -up_url ../ -up_title 'Go Club home page' ladder.tex"
    main = wy_nav(None, None, ("../", "Go Club home page"), 20) + body + wy_colophon(title, who, made, args, 1)
    main += f"<ADDRESS>\n<I>{who}</I>\n<BR><I>{wy_stamp(made)}</I>\n</ADDRESS>\n"
    return wy_page(title, "ladder", wy_version(made), main, bottom=wy_nights())


# ---- burray: a vintage tractor club's Geeklog portal, 2003 -----------------------------------------------------

BU_CLUB = "Scrane End Vintage Tractor Club"
BU_HOST = "http://www.scrane-tractors.org.uk"
BU_SLOGAN = "Fergies, Fordsons and friends since 1979"
BU_MENU = [("Home", "index.php"), ("Contribute", "submit.php?type=story"), ("Links", "links.php"), ("Polls", "pollbooth.php"),
           ("Calendar", "calendar.php"), ("Advanced Search", "search.php"), ("Site Statistics", "stats.php"), ("Directory", "directory.php")]
BU_WRITERS = [  # login, name, how the story was entered
    ("dtointon", "Dave Tointon", "word"), ("raygos", "Ray Gostelow", "plain"), ("malc_cammack", "Malcolm Cammack", "html"),
    ("jill.epton", "Jill Epton", "word"), ("fergie_sid", "Sid Odling", "plain")]
BU_TOPICS = ["Tractor History", "Restoration", "Club News", "Rallies", "Engines"]
BU_PARTS = ["Fordson E27N bonnet", "pair of Ferguson wheel weights", "David Brown 25D workshop manual", "Lanz Bulldog blowlamp",
            "box of Field Marshall starting cartridges", "Ferguson TE20 seat pan", "set of Fordson Major mudguards",
            "Massey Ferguson 35 radiator grille"]
BU_ADS = [
    "FOR SALE: {part}, \u00a3{price} o.n.o. Ring {name} on {phone} after six.",
    "WANTED: {part}. Will collect. {name}, {phone}.",
    "SWAP: {part} for a {part2}. {name}, {phone}, evenings only.",
    "FOR SALE: {part}, been in the shed since {year}, \u00a3{price}. {name}, {phone}.",
]
BU_MEMBERS_ONLY = ("Beyond this point, paid-up members only. Members log in at the left using the number on "
                   "their card; anyone else, ask the Secretary about joining.")
BU_RALLY = ("Scrane End Steam and Vintage Rally, Saturday 12 and Sunday 13 July 2003, Home Farm showground. "
            "Entry forms for exhibitors from the Secretary.")
BU_NEWS = ["AGM minutes 2002", "Rally photographs now online", "New members' night in February", "Ploughing match results",
           "Subscriptions for 2003", "Road run to Wainfleet"]
BU_COMMENTS = [
    "Good read, {first}. My grandad had one and never had a kind word for it.",
    "Does anybody know where I can find a decent photo for the rally programme?",
    "Spot on. I am still running mine on the original rims and it pulls fine.",
    "Nice one. Fancy giving this as your winter meeting talk?",
    "I heard a different story at Newark last year but yours sounds more likely.",
    "Printed this off for the lad at the garage, he loves this sort of thing.",
]
BU_COMMENTERS = ["Pete Ketteringham", "Bob Shillito", "Carol Clapshaw", "Nev Peppercorn", "grey_fergie_35", "Mick from Sibsey"]
BU_POLL_ANSWERS = ["Plenty, I reckon", "Very little really", "Ask me after the rally"]
BU_FOOT = [f"Copyright \u00a9 2003 {BU_CLUB}", "Words remain the property of each writer, pictures of each photographer."]


def bu_writer(title: str) -> tuple:
    return BU_WRITERS[number("burray", "writer", title, mod=len(BU_WRITERS))]


def bu_when(title: str) -> datetime:
    k = SITE_TITLES["burray"].index(title)
    day = date(2002, 9, 8) + timedelta(days=11 * k + number("burray", "d", title, mod=4))
    return datetime(day.year, day.month, day.day, 8 + number("burray", "h", title, mod=14), number("burray", "m", title, mod=60))


def bu_stamp(when: datetime) -> str:
    return f"{when:%A}, {when:%B} {when.day:02d} {when.year} @ {when:%I:%M %p} GMT"


def bu_sid(title: str) -> str:
    return bu_when(title).strftime("%Y%m%d") + digest("burray", "sid", title, n=6)


def bu_topic(title: str) -> str:
    return BU_TOPICS[0] if number("burray", "topic", title, mod=3) else BU_TOPICS[1]


def bu_block(head: str, inner: str) -> str:
    return (f'<table border="0" cellpadding="2" cellspacing="0" width="100%" class="block">\n<tr><td class="blockheader">{esc(head)}</td></tr>\n'
            f'<tr><td class="blockcontent">\n{inner}\n</td></tr>\n</table>\n<br>\n')


def bu_render(mode: str) -> tuple:
    """The renderers for one way of entering a story: plain text turns line breaks into br tags, HTML keeps tags."""
    if mode == "plain":
        return (lambda v: f"<b>{esc(v)}</b>", lambda v: esc(v), lambda v: f"<i>{esc(v)}</i>",
                lambda ordered, items: "<br>".join(f"{f'{n}.' if ordered else '-'} {esc(i)}" for n, i in enumerate(items, 1)))
    return (lambda v: f"<h3>{esc(v)}</h3>", lambda v: f"<p>{esc(v)}</p>", lambda v: f"<blockquote>{esc(v)}</blockquote>",
            lambda ordered, items: f"<{'ol' if ordered else 'ul'}>" + "".join(f"<li>{esc(i)}</li>" for i in items)
            + f"</{'ol' if ordered else 'ul'}>")


def bu_join(mode: str, pieces: list) -> str:
    if mode != "plain":
        return "\n".join(str(h) for _, h in pieces)
    out = ""
    for k, (kind, html) in enumerate(pieces):
        if k:
            out += "<br>\n" if pieces[k - 1][0] == "heading" else "<br><br>\n"
        out += html
    return out


def bu_sides(today: datetime, title: str | None) -> tuple[str, str, list[str]]:
    """Left and right columns: user functions, topics, events; who's online, older stories, the poll, what's new."""
    rng = random.Random(f"set37:{SEED}:burray:side:{title}")
    words = ["User Functions", "Username:", "Password:", "New User", "Forgot Password?", "Who's Online",
             "Older Stories", "What's New", "last 24 hours", "No new stories", "last 2 weeks"]
    topics = "".join(f'<a href="index.php?topic={slug(t)}">{esc(t)}</a> ({3 + number("burray", "tc", t, mod=20)})<br>\n' for t in BU_TOPICS)
    words += [f"{t} ({3 + number('burray', 'tc', t, mod=20)})" for t in BU_TOPICS]
    events = []
    for k, (name, base) in enumerate([("Club night, Scrane End village hall", 3), ("Road run and pub lunch", 17), ("Working day at Home Farm", 31)]):
        d = today.date() + timedelta(days=base + number("burray", "ev", title, k, mod=6))
        events.append(f"{d:%b} {d.day}: {name}")
    words += events
    login = ('<form action="users.php" method="post">\nUsername:<br><input type="text" size="14" name="loginname"><br>\n'
             'Password:<br><input type="password" size="14" name="passwd"><br>\n<input type="submit" value="Login">\n</form>\n'
             '<a href="users.php?mode=new">New User</a><br>\n<a href="users.php?mode=getpassword">Forgot Password?</a>')
    left = (bu_block("User Functions", login) + bu_block("Topics", f'<a href="index.php">Home</a><br>\n{topics}')
            + bu_block("Events", "".join(f"<li>{esc(e)}</li>\n" for e in events)))
    guests = 2 + rng.randint(0, 9)
    regs = rng.sample(["dtointon", "raygos", "fergie_sid", "jill.epton", "malc_cammack", "grey_fergie_35"], rng.randint(0, 2))
    online = f"Guest Users: {guests}<br>\n" + (f"Registered Users: {', '.join(regs)}" if regs else "")
    words.append(f"Guest Users: {guests}")
    if regs:
        words.append(f"Registered Users: {', '.join(regs)}")
    titles = SITE_TITLES["burray"]
    before = sorted((t for t in titles if bu_when(t) < today and t != title), key=bu_when, reverse=True)[:6]
    olds = [(bu_when(t), t, f"article.php?story={bu_sid(t)}") for t in before]
    for k, n in enumerate(BU_NEWS[: max(0, 6 - len(olds))]):
        olds.append((datetime(2002, 8, 30 - 4 * k, 20, 0), n, f"article.php?story=news{k}"))
    olds.sort(key=lambda o: o[0], reverse=True)
    older, last_day = "", None
    for when, t, href in olds:
        day = f"{when:%A} {when.day:02d}-{when:%b}"
        if day != last_day:
            older += ("</ul>\n" if last_day else "") + f"<b>{day}</b>\n<ul>\n"
            words.append(day)
            last_day = day
        older += f'<li><a href="{href}">{esc(t)}</a></li>\n'
        if t != title:
            words.append(t)
    older += "</ul>\n" if olds else ""
    asking = [t for t in titles if t != title and question_of(t)]
    question = question_of(rng.choice(asking)) if asking else "Which tractor got you started?"
    votes = 9 + rng.randint(0, 60)
    opts = "".join(f'<input type="radio" name="aid" value="{k}"> {esc(a)}<br>\n' for k, a in enumerate(BU_POLL_ANSWERS, 1))
    poll = (f'<form action="pollbooth.php" method="post">\n<b>{esc(question)}</b><br>\n{opts}<input type="submit" value="Vote">\n</form>\n'
            f'<a href="pollbooth.php?qid=q{digest("burray", "q", question, n=4)}&amp;aid=-1">Results</a> | <a href="pollbooth.php">Polls</a><br>\n'
            f"{votes} votes | {rng.randint(0, 4)} comments")
    words += [question, *BU_POLL_ANSWERS, "Results | Polls", f"{votes} votes"]
    new = ("<b>Stories</b> last 24 hours<br>\n<i>No new stories</i><br>\n<b>Comments</b> last 2 weeks<br>\n"
           + "".join(f'<a href="article.php?story={bu_sid(t)}#comments">{esc(t[:22])}...</a><br>\n' for t in before[:2]))
    words += [t[:22] + "..." for t in before[:2]]
    right = (bu_block("Who's Online", online) + bu_block("Older Stories", older) + bu_block("Poll", poll) + bu_block("What's New", new))
    return left, right, words


def bu_page(title: str, center: str, left: str, right: str, today: datetime, secs: str) -> str:
    menu = " :: ".join(f'<a href="{BU_HOST}/{href}">{esc(label)}</a>' for label, href in BU_MENU)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="robots" content="index,follow">
<link rel="stylesheet" type="text/css" href="{BU_HOST}/layout/Classic/style.css" title="Classic">
<link rel="alternate" type="application/rss+xml" title="RSS Feed" href="{BU_HOST}/backend/geeklog.rss">
</head>
<body bgcolor="#ffffff" text="#000000" link="#003366" vlink="#663300">
<table border="0" width="100%" cellspacing="0" cellpadding="0">
<tr><td rowspan="2" width="300"><a href="{BU_HOST}/index.php"><img src="{BU_HOST}/layout/Classic/images/logo.gif" width="300" height="72" alt="{BU_CLUB}" border="0"></a></td>
<td align="right" class="headerslogan">{BU_SLOGAN}</td></tr>
<tr><td align="right"><form action="{BU_HOST}/search.php" method="get"><input type="text" size="16" name="query"> <input type="submit" value="Search"></form></td></tr>
</table>
<table border="0" width="100%" cellspacing="0" cellpadding="3" class="menu">
<tr><td class="menuitems">{menu}</td><td align="right" class="menudate">{bu_stamp(today)}</td></tr>
</table>
<table border="0" width="100%" cellspacing="4" cellpadding="0">
<tr>
<td valign="top" width="180" class="leftblocks">
{left}</td>
<td valign="top" class="centerblocks">
{center}
</td>
<td valign="top" width="180" class="rightblocks">
{right}</td>
</tr>
</table>
<div align="center" class="footer">
<a href="{BU_HOST}/index.php">Home</a> | <a href="{BU_HOST}/profiles.php?uid=2">Contact the Secretary</a><br>
{esc(BU_FOOT[0])}<br>
{BU_FOOT[1]}<br>
Powered By <a href="http://www.geeklog.net/">Geeklog</a> 1.3.7 &middot; Created this page in {secs} seconds
</div>
</body>
</html>
"""


def bu_rally() -> str:
    return (f'<table border="0" cellpadding="3" cellspacing="0" width="100%" class="centerblock">\n<tr><td class="blockheader">Rally 2003</td></tr>\n'
            f'<tr><td class="blockcontent">{esc(BU_RALLY)}</td></tr>\n</table>\n<br>\n')


def burray(p: Page) -> str:
    rng = p.rng
    site = "burray"
    backdate(p, LATEST_STUDY[site])
    login, who, mode = bu_writer(p.title)
    if mode == "word":  # pasted from Word: its apostrophes stayed curly
        p.blocks = retext(p.blocks, lambda t: t.replace("'", "\u2019"))
    when = bu_when(p.title)
    heading, para, quote_, listing = bu_render(mode)
    pieces = laid_out(p, heading, para, quote_, listing)
    if carries(site, "smallad", 10, p):
        first = BU_COMMENTERS[number(site, "adwho", p.title, mod=4)]
        ad = BU_ADS[number(site, "ad", p.title, mod=len(BU_ADS))].format(
            part=BU_PARTS[number(site, "part", p.title, mod=len(BU_PARTS))], part2=BU_PARTS[number(site, "part2", p.title, mod=len(BU_PARTS))],
            price=15 + 5 * number(site, "price", p.title, mod=20), name=first.split()[0], year=1984 + number(site, "yr", p.title, mod=15),
            phone=f"01205 {760000 + number(site, 'tel', p.title, mod=39999)}")
        box = ('<table align="center" width="85%" border="1" cellpadding="3" cellspacing="0" bordercolor="#996633">'
               f'<tr><td bgcolor="#fff8e0"><font size="1"><b>MEMBERS\' SMALL ADS</b><br>{esc(ad)}</font></td></tr></table>')
        slot_in(pieces, spot(len(pieces), rng, 2, 6), ("block", box))
        p.clutter += ["MEMBERS' SMALL ADS", ad]
    pic = rank_of(site, "photo", 5, p)
    if pic is not None:
        caption = (f"{who}'s own tractor at the {when.year - 1} Scrane End rally." if pic % 2 == 0
                   else f"Photo: {login}, taken at Home Farm.")
        img = (f'<div align="center"><img src="{BU_HOST}/images/articles/{bu_sid(p.title)}_1.jpg" width="400" height="267" alt="" border="1">'
               f"<br><i>{esc(caption)}</i></div>")
        slot_in(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("block", img))
        p.clutter.append(caption)
    if p.cut is None and p.refs:
        pieces.append(("heading", heading("Further reading")))
        refs = ("<br>".join(mk for _, mk in p.refs) if mode == "plain"
                else "<ul>" + "".join(f"<li>{mk}</li>" for _, mk in p.refs) + "</ul>")
        pieces.append(("refs", refs))
    if p.cut is not None:
        pieces.append(("block", f'<div class="membersonly" style="border:1px dashed #996633; padding:6px; margin-top:8px;">'
                                f"<b>Members only</b><br>{esc(BU_MEMBERS_ONLY)}</div>"))
        p.clutter += ["Members only", BU_MEMBERS_ONLY]
    # Geeklog keeps the first paragraph apart as the intro; the story page shows intro and body one after another
    lead = 2 if p.blocks[0][0] == "quote" else 1
    intro, rest = pieces[:lead], pieces[lead:]
    text = bu_join(mode, intro) + ("<br><br>\n" if mode == "plain" else "\n") + bu_join(mode, rest)
    views = 40 + number(site, "views", p.title, mod=1900)
    today = when + timedelta(days=number(site, "today", p.title, mod=40), hours=number(site, "th", p.title, mod=20))
    topic = bu_topic(p.title)
    story = (f'<table border="0" cellpadding="0" cellspacing="0" width="100%" class="storyblock">\n'
             f'<tr><td class="storyheading"><b>{esc(p.title)}</b></td></tr>\n'
             f'<tr><td class="storyinfo">{bu_stamp(when)}<br>Contributed by: <a href="{BU_HOST}/users.php?mode=profile&amp;uid={3 + BU_WRITERS.index(bu_writer(p.title))}">{login}</a><br>Views: {views}</td></tr>\n'
             f'<tr><td class="storytext"><a href="{BU_HOST}/index.php?topic={slug(topic)}"><img align="right" src="{BU_HOST}/images/topics/{slug(topic)}.gif" alt="{topic}" border="0"></a>\n'
             f"{text}\n</td></tr>\n"
             f'<tr><td align="right" class="storyicons"><a href="{BU_HOST}/profiles.php?sid={bu_sid(p.title)}&amp;what=emailstory"><img src="{BU_HOST}/layout/Classic/images/mail.gif" alt="Mail Story to a Friend" border="0"></a>&nbsp;'
             f'<a href="{BU_HOST}/article.php?story={bu_sid(p.title)}&amp;mode=print"><img src="{BU_HOST}/layout/Classic/images/print.gif" alt="Printable Story Format" border="0"></a></td></tr>\n</table>\n')
    p.clutter += [bu_stamp(when), f"Contributed by: {login}", f"Views: {views}"]
    related = (f'<table width="100%" border="0" cellspacing="4"><tr><td valign="top" width="50%">\n'
               + bu_block("What's Related", f'<ul><li><a href="{BU_HOST}/search.php?type=stories&amp;author={login}">More by {login}</a></li>\n'
                                            f'<li><a href="{BU_HOST}/index.php?topic={slug(topic)}">More from {topic}</a></li></ul>')
               + '</td><td valign="top">\n'
               + bu_block("Story Options", f'<ul><li><a href="{BU_HOST}/profiles.php?sid={bu_sid(p.title)}&amp;what=emailstory">Mail Story to a Friend</a></li>\n'
                                           f'<li><a href="{BU_HOST}/article.php?story={bu_sid(p.title)}&amp;mode=print">Printable Story Format</a></li></ul>')
               + "</td></tr></table>\n")
    p.clutter += ["What's Related", f"More by {login}", f"More from {topic}", "Story Options", "Mail Story to a Friend", "Printable Story Format"]
    n = number(site, "ncom", p.title, mod=4) if carries(site, "comments", 9, p) else 0
    comments = ""
    for k in range(n):
        name = BU_COMMENTERS[(k + number(site, "cw", p.title, mod=6)) % len(BU_COMMENTERS)]
        said = BU_COMMENTS[(k + number(site, "cs", p.title, mod=6)) % len(BU_COMMENTS)].format(first=who.split()[0])
        stamp = bu_stamp(when + timedelta(hours=5 + 19 * k + number(site, "ch", p.title, k, mod=30), minutes=number(site, "cm", p.title, k, mod=60)))
        comments += (f'<table border="0" cellpadding="2" cellspacing="0" width="100%" class="comment">\n<tr><td class="commenttitle"><b>Re: {esc(p.title)}</b><br>'
                     f'Authored by: <a href="{BU_HOST}/users.php?mode=profile&amp;uid={20 + k}">{esc(name)}</a> on {stamp}</td></tr>\n'
                     f'<tr><td class="commenttext">{esc(said)}<br>\n[ <a href="{BU_HOST}/comment.php?sid={bu_sid(p.title)}&amp;pid={k + 1}&amp;type=article">Reply to This</a> ]</td></tr>\n</table>\n')
        p.clutter += [said, f"Authored by: {name} on {stamp}"]
    bar = (f'<a name="comments"></a>\n<table border="0" cellpadding="2" cellspacing="0" width="100%" class="commentbar">\n'
           f'<tr><td><b>{esc(p.title)}</b> | <a href="{BU_HOST}/users.php">Login/Create an Account</a> | {plural(n, "comment")}</td></tr>\n'
           f'<tr><td><form action="{BU_HOST}/comment.php" method="post"><select name="order"><option value="ASC" selected>Oldest First</option><option value="DESC">Newest First</option></select> '
           '<select name="mode"><option value="threaded">Threaded</option><option value="nested" selected>Nested</option><option value="flat">Flat</option><option value="nocomment">No Comments</option></select> '
           '<input type="submit" value="Refresh"> <input type="submit" name="reply" value="Post a comment"></form></td></tr>\n'
           '<tr><td class="commentnote">Whatever commenters write is theirs alone; committee members take no responsibility.</td></tr>\n</table>\n')
    p.clutter += ["Login/Create an Account", plural(n, "comment"), "Oldest First", "Newest First", "Threaded", "Nested", "No Comments",
                  "Whatever commenters write is theirs alone; committee members take no responsibility."]
    if n:
        p.clutter.append(f"Re: {p.title}")
    early = placed_before(site, "rally", p)
    center = (bu_rally() if early else "") + story + related + bar + comments + ("" if early else bu_rally())
    p.clutter += ["Rally 2003", BU_RALLY, BU_SLOGAN, *[m for m, _ in BU_MENU], *BU_FOOT, "Contact the Secretary", "Powered By Geeklog 1.3.7"]
    left, right, words = bu_sides(today, p.title)
    secs = f"0.{22 + number(site, 'secs', p.title, mod=70):02d}"
    p.clutter += [w for w in words if w != p.title] + [bu_stamp(today), f"Created this page in {secs} seconds"]
    return bu_page(f"{BU_CLUB} - {p.title}", center, left, right, today, secs)


def burray_index(ix: IndexPage) -> str:
    """The portal's front page: the newest stories as intro paragraphs with read-more links."""
    today = datetime(2003, 4, 26, 21, 5)
    titles = sorted((t for t in ix.site_titles if bu_when(t) <= today), key=bu_when, reverse=True)[:7]
    center = bu_rally()
    for t in titles:
        login, who, mode = bu_writer(t)
        essay = ESSAYS_BY_TITLE[t]
        blocks = essay["blocks"] if mode != "word" else retext(essay["blocks"], lambda s: s.replace("'", "\u2019"))
        lead = 2 if blocks[0][0] == "quote" else 1
        heading, para, quote_, listing = bu_render(mode)
        intro = [("quote" if k == "quote" else "text", quote_(v) if k == "quote" else para(v)) for k, v in blocks[:lead]]
        rest = sum(len(block_text(b).split()) for b in blocks[lead:])
        comments = number("burray", "ncom", t, mod=4)
        center += (f'<table border="0" cellpadding="0" cellspacing="0" width="100%" class="storyblock">\n'
                   f'<tr><td class="storyheading"><a href="{BU_HOST}/article.php?story={bu_sid(t)}"><b>{esc(t)}</b></a></td></tr>\n'
                   f'<tr><td class="storyinfo">{bu_stamp(bu_when(t))}<br>Contributed by: <a href="{BU_HOST}/users.php?mode=profile&amp;uid=3">{login}</a><br>Views: {40 + number("burray", "views", t, mod=1900)}</td></tr>\n'
                   f'<tr><td class="storytext">{bu_join(mode, intro)}</td></tr>\n'
                   f'<tr><td class="storyfooter"><a href="{BU_HOST}/article.php?story={bu_sid(t)}">read more</a> ({rest} words) &middot; '
                   f'<a href="{BU_HOST}/article.php?story={bu_sid(t)}#comments">{plural(comments, "comment")}</a></td></tr>\n</table>\n<br>\n')
    left, right, _ = bu_sides(today, None)
    return bu_page(f"{BU_CLUB} - Home", center, left, right, today, "0.41")


# ---- gairsay: a heritage orchard group's wiki, PmWiki 2.1, 2006 --------------------------------------------------

GA_GROUP = "Tadwick Orchard Group"
GA_WIKI = "http://www.tadwickorchards.org.uk/wiki/pmwiki.php"
GA_EDITORS = ["AnnPomfret", "DerekTrask", "MaggieLugg", "OwenGammage", "RuthMoxham"]
GA_TOC_EDITORS = {"DerekTrask", "RuthMoxham"}  # these two open long pages with (:toc:)
GA_VARIETY = ("apple", "Pippin", "Russet", "Pearmain", "Delicious", "Orange", "Laxton")
GA_SMALL = {"the", "of", "at", "and", "in", "a", "on", "to"}
GA_NOTES = [
    "pictures of our trees will go here when they blossom.",
    "I have grafting wood of this one if anybody wants some in February.",
    "can anyone lend a better picture for this page? Mine is out of focus.",
    "this page is linked from the open-day leaflet, so please do not rename it.",
    "pruning party at the community orchard on {day}; bring loppers and a flask.",
]
GA_NOTICE = ("Grafting day: Saturday 11 March 2006, 10am at the Lower Tadwick community orchard. "
             "Bring a sharp knife; scion wood and rootstocks are provided.")
GA_COMMENTERS = ["JanetHunnable", "PhilLeggatt", "SueOrpwood", "visitor from Dorset", "TomBrindley"]
GA_COMMENTS = [
    "We have a tree of this in the garden of our new house. Is it worth keeping?",
    "Thanks, {first}. Our village show had a plate of these last October.",
    "Could the group take a grafting order for two or three of these next winter?",
    "I remember my uncle talking about this. Lovely to see it written up properly.",
    "Which varieties does the community orchard already have? Is that written down anywhere?",
    "Good page. One small thing: the sidebar's leaflet link goes nowhere.",
]
GA_SUMMARIES = ["tidied the references", "fixed a date", "new page", "typo", "moved a photo", "leaflet link added"]
GA_SIDE = [("Home", "Main/HomePage"), ("About the group", "Main/AboutUs"), ("Our orchards", "Orchards/HomePage"),
           ("Varieties", "Varieties/HomePage"), ("History", "History/HomePage"), ("Events", "Main/Events"), ("Join", "Main/Join")]


def ga_name(title: str) -> str:
    """WikiWord built from x on the card."""
    x = ESSAYS_BY_TITLE[title]["card"]["x"].replace("'s", "s").replace("s'", "s")
    words = [w for w in re.findall(r"[^\W_]+", x) if w.lower() not in GA_SMALL]
    return "".join(w[:1].upper() + w[1:] for w in words[:4])


def ga_group(title: str) -> str:
    x = ESSAYS_BY_TITLE[title]["card"]["x"]
    return "Varieties" if any(w in x for w in GA_VARIETY) else "History"


def ga_editor(title: str) -> str:
    return GA_EDITORS[number("gairsay", "editor", title, mod=len(GA_EDITORS))]


def ga_when(title: str) -> datetime:
    k = SITE_TITLES["gairsay"].index(title)
    day = date(2005, 6, 4) + timedelta(days=17 * k + number("gairsay", "d", title, mod=9))
    return datetime(day.year, day.month, day.day, 7 + number("gairsay", "h", title, mod=15), number("gairsay", "m", title, mod=60))


def ga_stamp(when: datetime) -> str:
    return f"{when:%B} {when.day:02d}, {when.year}, at {when:%I:%M %p}"


def ga_url(title: str) -> str:
    return f"{GA_WIKI}/{ga_group(title)}/{ga_name(title)}"


def ga_summary(title: str) -> str:
    heads = heads_of(title)
    if heads and number("gairsay", "sumkind", title, mod=3):
        return f"added section \u2018{heads[number('gairsay', 'sumhead', title, mod=len(heads))]}\u2019"
    return GA_SUMMARIES[number("gairsay", "sum", title, mod=len(GA_SUMMARIES))]


def ga_sidebar(today: datetime, title: str | None) -> tuple[str, list[str]]:
    """Site.SideBar: the menu, and a pagelist of the five pages edited last before `today`."""
    items = "".join(f"<li><a class='wikilink' href='{GA_WIKI}/{href}'>{esc(label)}</a>\n</li>" for label, href in GA_SIDE)
    titles = [t for t in SITE_TITLES["gairsay"] if t != title and ga_when(t) <= today]
    latest = sorted(titles, key=ga_when, reverse=True)[:5]
    words = ["Lately edited", "edit SideBar", "About the group", "Our orchards"]
    rows = ""
    for t in latest:
        name = f"{ga_group(t)}.{ga_name(t)}"
        said = f"{ga_stamp(ga_when(t))} by {ga_editor(t)}: {ga_summary(t)}"
        rows += (f"<li><a class='wikilink' href='{ga_url(t)}'>{name}</a><br /><span style='font-size:83%'>{esc(said)}</span>\n</li>")
        words += [name, said]
    side = (f"<p class='sidehead'> <a class='wikilink' href='{GA_WIKI}/Main/HomePage'>{GA_GROUP}</a>\n</p><ul>{items}</ul>\n"
            f"<p class='vspace sidehead'> Lately edited\n</p><ul>{rows}</ul>\n"
            f"<p class='vspace' style='text-align: right;'><span style='font-size:83%'><a href='{GA_WIKI}/Site/SideBar?action=edit'>edit SideBar</a></span>\n</p>\n")
    return side, words


def ga_page(group: str, name: str, shown: str, wikitext: str, side: str, modified: datetime, views: int) -> str:
    here = f"{GA_WIKI}/{group}/{name}"
    return f"""<!DOCTYPE html 
    PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" 
    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
  <title>{GA_GROUP} | {group} / {esc(shown)} </title>
  <meta http-equiv='Content-Style-Type' content='text/css' />
  <meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1' />
  <link rel='stylesheet' href='http://www.tadwickorchards.org.uk/wiki/pub/skins/pmwiki/pmwiki.css' type='text/css' />
  <!--HTMLHeader--><style type='text/css'><!--
  ul, ol, pre, dl, p {{ margin-top:0px; margin-bottom:0px; }}
  code.escaped {{ white-space: nowrap; }}
  .vspace {{ margin-top:1.33em; }}
  .indent {{ margin-left:40px; }}
  .outdent {{ margin-left:40px; text-indent:-40px; }}
  a.createlinktext {{ text-decoration:none; border-bottom:1px dotted gray; }}
  a.createlink {{ text-decoration:none; position:relative; top:-0.5em;
    font-weight:bold; font-size:smaller; border-bottom:none; }}
  img {{ border:0px; }}
  .rframe {{ float:right; border:1px solid #aca; padding:4px; margin:0 0 6px 10px; }}
  .pagetoc {{ border:1px solid #ccc; padding:4px; margin-bottom:8px; }}

--></style>  <meta name='robots' content='index,follow' />

</head>
<body>
<!--PageHeaderFmt-->
  <div id='wikilogo'><a href='{GA_WIKI}'><img src='http://www.tadwickorchards.org.uk/wiki/pub/skins/pmwiki/tog-32.gif'
    alt='{GA_GROUP}' border='0' /></a></div>
  <div id='wikihead'>
  <form action='{GA_WIKI}'>
    <span class='headnav'><a href='{GA_WIKI}/{group}/RecentChanges'
      accesskey='c'>Recent Changes</a> -</span>
    <input type='hidden' name='n' value='{group}.{name}' />
    <input type='hidden' name='action' value='search' />
    <a href='{GA_WIKI}/Site/Search'>Search</a>:
    <input type='text' name='q' value='' class='inputbox searchbox' />
    <input type='submit' class='inputbutton searchbutton'
      value='Go' /></form></div>
<!--/PageHeaderFmt-->
  <table id='wikimid' width='100%' cellspacing='0' cellpadding='0'><tr>
<!--PageLeftFmt-->
      <td id='wikileft' valign='top'>
        {side}</td>
<!--/PageLeftFmt-->
      <td id='wikibody' valign='top'>
<!--PageActionFmt-->
        <div id='wikicmds'><ul><li class='browse'><a accesskey=''  class='selflink' href='{here}'>View</a>
</li><li class='edit'><a accesskey='e'  rel='nofollow'  href='{here}?action=edit'>Edit</a>
</li><li class='diff'><a accesskey='h'  rel='nofollow'  href='{here}?action=diff'>History</a>
</li><li class='upload'><a accesskey=''  rel='nofollow'  href='{here}?action=upload'>Attach</a>
</li><li class='print'><a accesskey=''  rel='nofollow'  href='{here}?action=print'>Print</a>
</li></ul>
</div>
<!--PageTitleFmt-->
        <div id='wikititle'>
          <div class='pagegroup'><a href='{GA_WIKI}/{group}'>{group}</a> /</div>
          <h1 class='pagetitle'>{esc(shown)}</h1></div>
<!--PageText-->
<div id='wikitext'>
{wikitext}
</div>

      </td>
    </tr></table>
<!--PageFooterFmt-->
  <div id='wikifoot'>
    <div class='footnav'>
      <a rel="nofollow" href='{here}?action=edit'>Edit</a> - 
      <a rel="nofollow" href='{here}?action=diff'>History</a> - 
      <a rel="nofollow" href='{here}?action=print' target='_blank'>Print</a> -
      <a href='{GA_WIKI}/{group}/RecentChanges'>Recent Changes</a> -
      <a href='{GA_WIKI}/Site/Search'>Search</a></div>
    <div class='lastmod'>Page last modified on {ga_stamp(modified)}</div>
    <div class='lastmod'>Read {fmt_int(views)} times since the wiki moved to this server</div></div>
<!--HTMLFooter-->
</body>
</html>
"""


GA_FRAME_CLUTTER = ["Recent Changes", "Search:", "Attach", "Edit - History - Print - Recent Changes - Search"]


def ga_notice() -> str:
    head, _, rest = GA_NOTICE.partition(": ")
    return (f"<div class='notice' style='border:1px solid #8a6; background:#f4f9ec; padding:4px 8px;'><p><strong>{esc(head)}</strong>: "
            f"{esc(rest)}\n</p></div>\n")


def gairsay(p: Page) -> str:
    rng = p.rng
    site = "gairsay"
    backdate(p, LATEST_STUDY[site])
    group, name, editor = ga_group(p.title), ga_name(p.title), ga_editor(p.title)
    when = ga_when(p.title)
    modified = when + timedelta(days=number(site, "mod", p.title, mod=90), hours=number(site, "modh", p.title, mod=12))
    state = {"after_head": True}

    def spaced(tag_html: str, is_head: bool = False) -> str:
        out = tag_html if state["after_head"] and not is_head else "<div class='vspace'></div>" + tag_html
        state["after_head"] = is_head
        return out

    pieces = laid_out(p, lambda v: v, lambda v: v, lambda v: v, lambda o, i: (o, i))
    n_essay = len(pieces)
    if carries(site, "note", 10, p):
        other = GA_EDITORS[(GA_EDITORS.index(editor) + 1 + number(site, "who", p.title, mod=4)) % len(GA_EDITORS)]
        day = when + (modified - when) * (number(site, "noted", p.title, mod=90) / 100)
        party = day + timedelta(days=4 + number(site, "party", p.title, mod=20))
        said = GA_NOTES[number(site, "note", p.title, mod=len(GA_NOTES))].format(day=f"{party:%A} {party.day} {party:%B}")
        note = f"Note ({other}, {day:%B} {day.day:02d}, {day.year}): {said}"
        slot_in(pieces, spot(n_essay, rng, 1, 5), ("note", note))
        p.clutter.append(note)
    pic = rank_of(site, "photo", 5, p)
    if pic is not None:
        caption = (f"Blossom at the community orchard, April {when.year if when.month > 4 else when.year - 1}." if pic % 2 == 0
                   else f"Photo: {editor}, taken on the {when.year - 1} grafting day.")
        slot_in(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("photo", caption))
        p.clutter.append(caption)
    lines: list[str] = []
    titled = carries(site, "titled", 7, p)  # (:title:) pages: pagetitle equals essay title
    if not titled:
        lines.append(f"<h1>{esc(p.title)}</h1>")
        state["after_head"] = True
    heads = [v for k, v in p.visible() if k == "heading"]
    if editor in GA_TOC_EDITORS and len(heads) >= 3:
        toc = "".join(f"<li><a href='#toc{k}'>{esc(h)}</a></li>" for k, h in enumerate(heads, 1))
        lines.append(spaced(f"<div class='pagetoc'><p><strong>On this page...</strong></p><ul>{toc}</ul></div>", True))
        p.clutter.append("On this page...")
    k_head = 0
    for kind, value in pieces:
        if kind == "heading":
            k_head += 1
            lines.append(spaced(f"<h2><a name='toc{k_head}' id='toc{k_head}'></a>{esc(value)}</h2>", True))
        elif kind in ("text", "lead"):
            lines.append(spaced(f"<p>{esc(value)}\n</p>") if state["after_head"] else f"<p class='vspace'>{esc(value)}\n</p>")
            state["after_head"] = False
        elif kind == "quote":
            lines.append(spaced(f"<div class='indent'><em>{esc(value)}</em></div>"))
        elif kind == "list":
            ordered, items = value
            tag = "ol" if ordered else "ul"
            lines.append(spaced(f"<{tag}>" + "".join(f"<li>{esc(i)}\n</li>" for i in items) + f"</{tag}>"))
        elif kind == "note":
            lines.append(f"<div class='rframe' style='width:190px;'><p><em>{esc(value)}</em>\n</p></div>")
        elif kind == "photo":
            fname = f"{name.lower()[:12]}-{1 + number(site, 'img', p.title, mod=9)}.jpg"
            lines.append(f"<table class='frame rfloat' ><tr><td><img src='http://www.tadwickorchards.org.uk/wiki/uploads/{group}/{fname}' alt='' title='' /></td></tr>"
                         f"<tr><td class='caption'>{esc(value)}</td></tr></table>")
    if p.cut is not None:
        keeper = GA_EDITORS[(GA_EDITORS.index(editor) + 2) % len(GA_EDITORS)]
        said = (f"Part two of this piece sits on a members' page. Ask {keeper} for the group password, "
                f"then carry on at Members.{name}Part2.")
        lines.append(f"<p class='vspace'><em>Part two of this piece sits on a members' page. Ask {keeper} for the group password, "
                     f"then carry on at <a class='wikilink' href='{GA_WIKI}/Members/{name}Part2'>Members.{name}Part2</a>.</em>\n</p>")
        p.clutter.append(said)
    elif p.refs:
        lines.append(spaced("<h2>Further reading</h2>", True))
        lines.append("<ul>" + "".join(f"<li>{mk}\n</li>" for _, mk in p.refs) + "</ul>")
        state["after_head"] = False
    signed = f"-- {editor} {ga_stamp(when)}"
    lines.append(f"<p class='vspace'>-- <a class='wikilink' href='{GA_WIKI}/Profiles/{editor}'>{editor}</a> {ga_stamp(when)}\n</p>")
    cats = [group, "Kent" if "Kent" in p.card["setting"] else "West Country" if any(c in p.card["setting"] for c in ("Somerset", "Devon", "Bristol")) else "Elsewhere"]
    lines.append("<p class='vspace'>Categories: " + ", ".join(f"<a class='categorylink' href='{GA_WIKI}/Category/{c.replace(' ', '')}'>{c.replace(' ', '')}</a>" for c in cats) + "\n</p>")
    p.clutter += [signed, "Categories: " + ", ".join(c.replace(" ", "") for c in cats)]
    if carries(site, "comments", 9, p):
        out = ["<div class='vspace'></div><h3>Comments</h3>"]
        for k in range(1 + number(site, "nc", p.title, mod=3)):
            who = GA_COMMENTERS[(k + number(site, "cw", p.title, mod=5)) % len(GA_COMMENTERS)]
            said = GA_COMMENTS[(k + number(site, "cs", p.title, mod=6)) % len(GA_COMMENTS)].format(first=re.sub(r"([a-z])([A-Z]).*", r"\1", editor))
            stamp = ga_stamp(when + timedelta(days=2 + 11 * k + number(site, "cd", p.title, k, mod=9), hours=number(site, "chh", p.title, k, mod=9)))
            out.append(f"<div class='messagehead'><h5>{esc(who)} &mdash; <span class='commentdate'>{stamp}</span></h5></div>"
                       f"<div class='messageitem'><p>{esc(said)}\n</p></div>")
            p.clutter += [said, f"{who} \u2014 {stamp}"]
        out.append(f"<form action='{ga_url(p.title)}' method='post'><input type='hidden' name='n' value='{group}.{name}' /><input type='hidden' name='action' value='comment' />"
                   "<table><tr><td>Your name:</td><td><input type='text' name='author' size='30' /></td></tr>"
                   "<tr><td valign='top'>Comment:</td><td><textarea name='text' rows='5' cols='50'></textarea></td></tr>"
                   "<tr><td></td><td><input type='submit' value='Post comment' /></td></tr></table></form>")
        lines += out
        p.clutter += ["Comments", "Your name:", "Comment:"]
    top = placed_before(site, "notice", p)
    wikitext = (ga_notice() if top else "") + "\n".join(lines) + ("" if top else "\n" + ga_notice())
    p.clutter += [GA_NOTICE, *GA_FRAME_CLUTTER]
    views = 60 + number(site, "views", p.title, mod=2400)
    side, words = ga_sidebar(modified, p.title)
    shown = p.title if titled else name
    p.clutter += [w for w in words if w != p.title] + [f"Page last modified on {ga_stamp(modified)}",
                                                       f"Read {fmt_int(views)} times since the wiki moved to this server", f"{group} /"]
    if not titled:
        p.clutter.append(name)
    return ga_page(group, name, shown, wikitext, side, modified, views)


def gairsay_index(ix: IndexPage) -> str:
    """Either the wiki's list of all recent changes or the events page."""
    today = datetime(2006, 3, 20, 22, 14)
    side, _ = ga_sidebar(today, None)
    if ix.kind == "changes":
        rows = "".join(f"<li><a class='wikilink' href='{ga_url(t)}'>{ga_group(t)}.{ga_name(t)}</a>  . . . {ga_stamp(ga_when(t))} by "
                       f"<a class='wikilink' href='{GA_WIKI}/Profiles/{ga_editor(t)}'>{ga_editor(t)}</a>: {esc(ga_summary(t))}\n</li>"
                       for t in sorted(ix.site_titles, key=ga_when, reverse=True))
        text = (f"<p>Every page changed in the last year, newest first. Edits by the spam filter are left out.\n</p>"
                f"<div class='vspace'></div><ul>{rows}</ul>")
        return ga_page("Site", "AllRecentChanges", "AllRecentChanges", text, side, today, 3120)
    events = [("Saturday 11 March", "Grafting day at the Lower Tadwick community orchard, 10am"),
              ("Sunday 30 April", "Blossom walk from the church to Pound Lane orchard, 2pm"),
              ("Saturday 10 June", "Summer pruning and a picnic, Upper Tadwick"),
              ("Saturday 14 October", "Pressing day: bring your own apples and bottles"),
              ("Tuesday 21 November", "Annual meeting, village hall, 7.30pm")]
    text = ("<p>The group meets in the community orchards about once a month. Everyone is welcome; you do not have to be a member to come "
            "along, though members get first pick of the grafted trees.\n</p><div class='vspace'></div><ul>"
            + "".join(f"<li><strong>{d}</strong>: {esc(w)}\n</li>" for d, w in events)
            + "</ul>\n<p class='vspace'>Questions to any of the committee, or scribble them on this page.\n</p>")
    return ga_page("Main", "Events", "What's on, 2006", ga_notice() + text, side, datetime(2006, 2, 28, 19, 2), 877)


# ---- faray: a folly hunters' network on Ning, 2010 ------------------------------------------------------------------

FA_NET = "Towers and Temples"
FA_HOST = "http://towersandtemples.ning.com"
FA_TAGLINE = "A network for folly hunters"
FA_CREATOR = "Martin Wagstaffe"
FA_WRITERS = [  # name, profile id, how the body was typed, the count line they always begin with
    ("Gwen Arkle", "GwenArkle", "div", "[{words} words, about a ten-minute read]"),
    ("Nick Fyfield", "NickFyfield", "word", "Length: {words} words"),
    ("Deb Wheddon", "DebWheddon", "div", "A longish one, I'm afraid: {words} words."),
    ("Stephen Iremonger", "StephenIremonger", "word", "({words} words; comments welcome below)"),
    ("Sally Cundall", "SallyCundall", "word", "Word count {words}, photos to follow."),
]
FA_COMMENTERS = ["Alan Tregoning", "Lucy Grimditch", "Roger Duckhouse", "Mags Peppercorn", "Colin Shillito", "Jo Clapshaw"]
FA_COMMENTS = [
    "Lovely write-up, {first}. We were there in the autumn and had the place to ourselves.",
    "Thanks for this. Is there parking nearby, or is it a walk from the village?",
    "I went as a child and remember being terrified of the stairs. Must go back.",
    "Great post. Have you been to the one near us? I'll send you the grid reference.",
    "Going on my summer list. Your album photos are excellent too.",
    "Interesting, I had always heard a different version of the story.",
]
FA_WELCOME = ("Welcome! Towers and Temples is for anyone who goes looking for follies, grottoes and sham ruins. "
              "Post your visits under Blogs and your pictures under Photos, and please give a grid reference.")
FA_EVENTS = ["Spring outing: Hadlow and the Weald, Saturday 24 April 2010", "Grotto day at Clifton, Sunday 16 May 2010"]
FA_FOOT = ["Badges", "Report an Issue", "Terms of Service"]
FA_GRID = {"Stirlingshire": "NS", "Oban": "NM", "Kent": "TQ", "Surrey": "TQ", "England": "TQ", "Bristol": "ST", "Bath": "ST",
           "Wiltshire": "ST", "Suffolk": "TM", "Dorset": "SY", "Forest": "SZ", "Rotherham": "SK", "Twickenham": "TQ",
           "Northamptonshire": "SP", "Worcestershire": "SP", "Oxfordshire": "SU", "Buckinghamshire": "SP", "border": "SJ"}


def fa_writer(title: str) -> tuple:
    return FA_WRITERS[number("faray", "writer", title, mod=len(FA_WRITERS))]


def fa_when(title: str) -> datetime:
    k = SITE_TITLES["faray"].index(title)
    day = date(2009, 10, 2) + timedelta(days=13 * k + number("faray", "d", title, mod=6))
    return datetime(day.year, day.month, day.day, 7 + number("faray", "h", title, mod=15), number("faray", "m", title, mod=60))


def fa_stamp(when: datetime) -> str:
    return f"{when:%B} {when.day}, {when.year} at {when.hour % 12 or 12}:{when:%M}{'am' if when.hour < 12 else 'pm'}"


def fa_url(title: str) -> str:
    return f"{FA_HOST}/profiles/blogs/{slug(title)[:40]}"


def fa_count(title: str) -> str:
    return fa_writer(title)[3].format(words=ESSAYS_BY_TITLE[title]["words"])


def fa_excerpt(title: str, limit: int = 140) -> str:
    """Ning's teaser: the post's text from its first line, tags stripped, cut at a word before `limit` characters."""
    text = fa_count(title) + " " + " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])
    cut = text[:limit]
    return cut[: cut.rfind(" ")].rstrip(",;:")


def fa_render(style: str):
    if style == "div":
        return (lambda v: f"<div><b>{esc(v)}</b></div>", lambda v: f"<div>{esc(v)}</div>",
                lambda v: f'<blockquote style="margin: 0 0 0 40px; border: none; padding: 0px;"><div><i>{esc(v)}</i></div></blockquote>',
                lambda o, items: f"<{'ol' if o else 'ul'}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{'ol' if o else 'ul'}>")
    span = '<span style="font-family: Georgia, serif; font-size: 10pt;">'
    return (lambda v: f'<p style="margin-bottom: 0cm;"><strong>{span}{esc(v)}</span></strong></p>',
            lambda v: f'<p style="margin-bottom: 0cm;">{span}{esc(v)}</span></p>',
            lambda v: f"<blockquote><p><em>{esc(v)}</em></p></blockquote>",
            lambda o, items: f"<{'ol' if o else 'ul'}>" + "".join(f"<li>{span}{esc(i)}</span></li>" for i in items) + f"</{'ol' if o else 'ul'}>")


def fa_join(style: str, pieces: list) -> str:
    gap = "<div><br /></div>" if style == "div" else '<p style="margin-bottom: 0cm;">&nbsp;</p>'
    return f"\n{gap}\n".join(str(h) for _, h in pieces)


def fa_side(today: datetime, title: str | None) -> tuple[str, list[str]]:
    rng = random.Random(f"set37:{SEED}:faray:side:{title}")
    titles = [t for t in SITE_TITLES["faray"] if t != title and fa_when(t) <= today]
    words = ["Welcome to", FA_NET, "Sign Up", "or Sign In", "Latest Activity", "Featured Blog Posts", "Get Badge"]
    acts = []
    for k in range(5):
        who = rng.choice([w[0] for w in FA_WRITERS] + FA_COMMENTERS)
        roll = rng.random()
        if titles and roll < 0.4:
            t = rng.choice(titles)
            acts.append((f"{who} posted a blog post", t))
        elif titles and roll < 0.7:
            t = rng.choice(titles)
            acts.append((f"{who} commented on {fa_writer(t)[0]}'s blog post", t))
        else:
            acts.append((f"{who} added {rng.randint(2, 9)} photos", None))
    feed = ""
    for said, t in acts:
        ago = f"{rng.randint(2, 23)} hours ago"
        feed += (f'<div class="xg_1col feed-story"><span class="feed-string">{esc(said)}'
                 + (f' <a href="{fa_url(t)}">{esc(t)}</a>' if t else "") + f'</span> <span class="feed-time">{ago}</span></div>\n')
        words += [said, ago] + ([t] if t else [])
    featured = ""
    for t in rng.sample(titles, min(2, len(titles))):
        cut = fa_excerpt(t)
        featured += (f'<div class="vcard"><h3><a href="{fa_url(t)}">{esc(t)}</a></h3>\n<p class="dy-small">Posted by <a href="{FA_HOST}/profile/{fa_writer(t)[1]}">{esc(fa_writer(t)[0])}</a> on {fa_stamp(fa_when(t))}</p>\n'
                     f'<div class="postbody">{esc(cut)} &hellip; <a class="xj_expandable" href="{fa_url(t)}">Continue</a></div></div>\n')
        words += [t, f"Posted by {fa_writer(t)[0]} on {fa_stamp(fa_when(t))}", cut]
    words += FA_EVENTS
    side = (f'<div class="xg_module module_welcome"><div class="xg_module_head"><h2>Welcome to<br />{FA_NET}</h2></div>\n'
            f'<div class="xg_module_body"><p><a href="{FA_HOST}/main/authorization/signUp" class="xg_sprite xg_sprite-add">Sign Up</a><br />or <a href="{FA_HOST}/main/authorization/signIn">Sign In</a></p></div></div>\n'
            f'<div class="xg_module module_activity"><div class="xg_module_head"><h2>Latest Activity</h2></div>\n<div class="xg_module_body">\n{feed}</div></div>\n'
            f'<div class="xg_module module_blog"><div class="xg_module_head"><h2>Featured Blog Posts</h2></div>\n<div class="xg_module_body">\n{featured}</div></div>\n'
            f'<div class="xg_module module_events"><div class="xg_module_head"><h2>Events</h2></div>\n<div class="xg_module_body"><ul>'
            + "".join(f"<li>{esc(e)}</li>" for e in FA_EVENTS) + "</ul></div></div>\n"
            f'<div class="xg_module module_badge"><div class="xg_module_head"><h2>Badge</h2></div>\n<div class="xg_module_body"><a href="{FA_HOST}/main/embeddable/list">Get Badge</a></div></div>\n')
    return side, words


def fa_page(title: str, main: str, side: str) -> str:
    tabs = "".join(f'<li id="xg_tab_{slug(t)}"{" class=" + chr(34) + "this" + chr(34) if t == "Blogs" else ""}><a href="{FA_HOST}/{slug(t)}"><span>{t}</span></a></li>'
                   for t in ["Main", "My Page", "Members", "Blogs", "Photos", "Forum", "Groups", "Events"])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} - {FA_NET}</title>
<link rel="icon" href="{FA_HOST}/favicon.ico" type="image/x-icon" />
<link rel="stylesheet" type="text/css" media="screen" href="http://static.ning.com/socialnetworkmain/widgets/index/css/common.min.css?xn_version=3128532263" />
<link rel="stylesheet" type="text/css" media="screen" href="http://api.ning.com/files/theme-towersandtemples/theme.css?xn_version=201003" />
<script type="text/javascript">ning = {{"CurrentApp":{{"premium":false,"iconUrl":"","url":"{FA_HOST}","domains":[],"online":true,"privateSource":true,"id":"towersandtemples","appId":2190344}},"CurrentProfile":null}};</script>
</head>
<body>
<div id="xn_bar"><div id="xn_bar_menu"><div id="xn_bar_menu_branding"><p id="xn_brand"><a href="http://www.ning.com/">Ning</a></p></div>
<div id="xn_bar_menu_tabs"><ul><li><a href="{FA_HOST}/main/authorization/signUp"><span>Sign Up</span></a></li><li><a href="{FA_HOST}/main/authorization/signIn"><span>Sign In</span></a></li></ul></div></div></div>
<div id="xg" class="xg_theme xg_widget_profiles xg_widget_profiles_blog xg_widget_profiles_blog_show">
<div id="xg_head">
<div id="xg_masthead"><p id="xg_sitename"><a id="application_name_header_link" href="{FA_HOST}/">{FA_NET}</a></p><p id="xg_sitedesc" class="xj_site_desc">{FA_TAGLINE}</p></div>
<div id="xg_navigation"><ul>{tabs}</ul></div>
</div>
<div id="xg_body">
<div class="xg_column xg_span-16">
{main}
</div>
<div class="xg_column xg_span-5 xg_last">
{side}</div>
</div>
<div id="xg_foot"><p class="left">&copy; 2010 &nbsp; Created by <a href="{FA_HOST}/profile/MartinWagstaffe">{FA_CREATOR}</a>. &nbsp; Powered by <a href="http://www.ning.com/">Ning</a></p>
<p class="right xg_lightfont"><a href="{FA_HOST}/main/embeddable/list">Badges</a> &nbsp;|&nbsp; <a href="{FA_HOST}/main/index/report">Report an Issue</a> &nbsp;|&nbsp; <a href="{FA_HOST}/main/authorization/termsOfService">Terms of Service</a></p></div>
</div>
</body>
</html>
"""


FA_FRAME_CLUTTER = [FA_TAGLINE, "Sign Up", "Sign In", "My Page", "Blogs", "Photos", "Forum", "Groups",
                    f"Created by {FA_CREATOR}", "Powered by Ning", *FA_FOOT, "All Blog Posts", "My Blog", "View Blog",
                    f"Only members of {FA_NET} can comment here.", f"Join {FA_NET}", "Previous Post", "Next Post"]


def fa_welcome() -> str:
    return (f'<div class="xg_module module_text"><div class="xg_module_body"><p><strong>Welcome!</strong> {esc(FA_WELCOME[len("Welcome! "):])}</p>'
            "</div></div>\n")


def faray(p: Page) -> str:
    rng = p.rng
    site = "faray"
    backdate(p, LATEST_STUDY[site])
    who, pid, style, counting = fa_writer(p.title)
    when = fa_when(p.title)
    count = counting.format(words=p.words)
    p.claimed_words = p.words
    heading, para, quote_, listing = fa_render(style)
    pieces = laid_out(p, heading, para, quote_, listing)
    if carries(site, "map", 10, p):
        letters = next((v for k, v in FA_GRID.items() if k in p.card["setting"]), "SU")
        grid = f"{letters} {100 + number(site, 'e', p.title, mod=899)} {100 + number(site, 'n', p.title, mod=899)}"
        q = slug(p.card["x"]).replace("-", "+")
        embed = (f'<iframe width="425" height="350" frameborder="0" scrolling="no" marginheight="0" marginwidth="0" '
                 f'src="http://maps.google.co.uk/maps?f=q&amp;source=s_q&amp;hl=en&amp;q={q}&amp;ie=UTF8&amp;t=h&amp;z=14&amp;output=embed"></iframe>'
                 f'<br /><small><a href="http://maps.google.co.uk/maps?f=q&amp;source=embed&amp;hl=en&amp;q={q}&amp;z=14" style="color:#0000FF;text-align:left">View Larger Map</a></small>')
        said = f"OS grid reference: {grid}"
        embed += f"<div>{said}</div>" if style == "div" else f'<p style="margin-bottom: 0cm;">{said}</p>'
        slot_in(pieces, spot(len(pieces), rng, 2, 6), ("block", embed))
        p.clutter += ["View Larger Map", said]
    pic = rank_of(site, "photo", 5, p)
    if pic is not None:
        caption = (f"My photo, {when - timedelta(days=40 + number(site, 'ago', p.title, mod=300)):%B %Y}." if pic % 2 == 0
                   else f"Taken on the network's {when.year - 1} spring outing.")
        fid = digest(site, "file", p.title, n=20)
        img = (f'<a href="http://api.ning.com/files/{fid}/{slug(p.title)[:16]}.jpg" target="_self"><img width="450" class="align-full" '
               f'src="http://api.ning.com/files/{fid}/{slug(p.title)[:16]}.jpg?width=450" /></a>')
        img += f"<div><i>{esc(caption)}</i></div>" if style == "div" else f'<p style="margin-bottom: 0cm;"><em>{esc(caption)}</em></p>'
        slot_in(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("block", img))
        p.clutter.append(caption)
    if p.refs:
        pieces.append(("heading", heading("Where I read up")))
        pieces.append(("refs", "<ul>" + "".join(f"<li>{mk}</li>" for _, mk in p.refs) + "</ul>"))
    first = f"<div>{esc(count)}</div>" if style == "div" else f'<p style="margin-bottom: 0cm;"><em>{esc(count)}</em></p>'
    body = fa_join(style, [("count", first)] + pieces)
    p.clutter.append(count)
    tags = ["follies", p.card["setting"].split()[-1], ["towers", "grottoes", "sham ruins", "garden buildings"][number(site, "tag", p.title, mod=4)]]
    views = 30 + number(site, "views", p.title, mod=700)
    post = (f'<ul class="navigation byline"><li><a href="{FA_HOST}/profiles/blog/list">All Blog Posts</a></li>'
            f'<li><a href="{FA_HOST}/profiles/blog/list?my=1">My Blog</a></li></ul>\n'
            f'<div class="xg_headline xg_headline-img xg_headline-2l">\n<div class="ib"><span class="xg_avatar"><a class="fn url" href="{FA_HOST}/profile/{pid}" title="{who}">'
            f'<img class="photo photo" src="http://api.ning.com/files/{digest(site, "av", pid, n=16)}/avatar.jpg?width=64&amp;height=64&amp;crop=1%3A1" width="64" height="64" alt="{who}" /></a></span></div>\n'
            f'<div class="tb"><h1>{esc(p.title)}</h1>\n<ul class="navigation byline"><li><a class="nolink">Posted by </a><a href="{FA_HOST}/profile/{pid}">{esc(who)}</a>'
            f'<a class="nolink"> on {fa_stamp(when)}</a></li><li><a class="xg_sprite xg_sprite-view" href="{FA_HOST}/profiles/blog/list?user={pid}">View Blog</a></li></ul>\n</div></div>\n'
            f'<div class="xg_module"><div class="xg_module_body">\n<div class="postbody">\n<div class="xg_user_generated">\n{body}\n</div>\n</div>\n'
            f'<p class="small" id="tagsList">Tags: ' + ", ".join(f'<a href="{FA_HOST}/profiles/blog/list?tag={slug(t)}">{esc(t)}</a>' for t in tags) + "</p>\n"
            f'<div class="left-panel"><p class="share-links clear"><a href="{FA_HOST}/main/sharing/share" class="xg_sprite xg_sprite-share">Share</a> '
            f'<a class="post_to_twitter" href="http://twitter.com/?status=Checking+out">Twitter</a></p>'
            f'<iframe src="http://www.facebook.com/plugins/like.php?href={fa_url(p.title)}&amp;layout=button_count" scrolling="no" frameborder="0" style="border:none; width:90px; height:21px"></iframe></div>\n'
            f'<p class="small object-detail">Views: {views}</p>\n'
            f'<ul class="pagination smallpagination"><li class="left"><a href="{FA_HOST}/profiles/blog/previous?id={digest(site, "pv", p.title, n=8)}">&lsaquo; Previous Post</a></li>'
            f'<li class="right"><a href="{FA_HOST}/profiles/blog/next?id={digest(site, "nx", p.title, n=8)}">Next Post &rsaquo;</a></li></ul>\n</div></div>\n')
    p.clutter += [f"Posted by {who} on {fa_stamp(when)}", "Tags: " + ", ".join(tags), f"Views: {views}", "Share", "Twitter"]
    comments = ""
    if carries(site, "comments", 10, p):
        for k in range(1 + number(site, "nc", p.title, mod=3)):
            name = FA_COMMENTERS[(k + number(site, "cw", p.title, mod=6)) % len(FA_COMMENTERS)]
            said = FA_COMMENTS[(k + number(site, "cs", p.title, mod=6)) % len(FA_COMMENTS)].format(first=who.split()[0])
            stamp = fa_stamp(when + timedelta(hours=3 + 26 * k + number(site, "ct", p.title, k, mod=20), minutes=number(site, "cm", p.title, k, mod=60)))
            comments += (f'<dl class="comment vcard xg_lightborder"><dt>Comment by <a class="fn url" href="{FA_HOST}/profile/{name.replace(" ", "")}">{esc(name)}</a> on {stamp}</dt>'
                         f'<dd><div class="xg_user_generated"><p>{esc(said)}</p></div></dd></dl>\n')
            p.clutter += [said, f"Comment by {name} on {stamp}"]
    talk = (f'<div class="xg_module"><div class="xg_module_head"><h2 id="comments">Comment</h2></div>\n<div class="xg_module_body">'
            f"<p>Only members of {FA_NET} can comment here.</p>\n<p><a href=\"{FA_HOST}/main/authorization/signUp\">Join {FA_NET}</a></p></div>\n"
            + (f'<div class="xg_module_body" id="comment-list">\n{comments}</div>\n' if comments else "") + "</div>\n")
    early = placed_before(site, "welcome", p)
    main = (fa_welcome() if early else "") + post + talk + ("" if early else fa_welcome())
    today = when + timedelta(days=number(site, "today", p.title, mod=50), hours=number(site, "th", p.title, mod=12))
    side, words = fa_side(today, p.title)
    p.clutter += [FA_WELCOME, *FA_FRAME_CLUTTER, *[w for w in words if w != p.title]]
    return fa_page(p.title, main, side)


def faray_index(ix: IndexPage) -> str:
    """Ning's list of every blog post: title, writer, date, a teaser and the number of comments."""
    today = datetime(2010, 6, 28, 20, 40)
    rows = ""
    for t in sorted(ix.site_titles, key=fa_when, reverse=True)[:10]:
        who, pid, _, _ = fa_writer(t)
        ncom = (1 + number("faray", "nc", t, mod=3)) if t in _fa_commented() else 0
        rows += (f'<div class="xg_module_body body_list"><h3 class="title"><a href="{fa_url(t)}">{esc(t)}</a></h3>\n'
                 f'<p class="xg_lightfont">Added by <a href="{FA_HOST}/profile/{pid}">{esc(who)}</a> on {fa_stamp(fa_when(t))} &mdash; {plural(ncom, "Comment")}</p>\n'
                 f'<div class="postbody">{esc(fa_excerpt(t, 260))} &hellip; <a href="{fa_url(t)}">Continue</a></div></div>\n')
    main = (f'<div class="xg_headline"><div class="tb"><h1>All Blog Posts</h1></div></div>\n<div class="xg_module">\n{rows}'
            f'<ul class="pagination easyclear"><li class="this"><span>1</span></li><li><a href="{FA_HOST}/profiles/blog/list?page=2">2</a></li>'
            f'<li class="right"><a href="{FA_HOST}/profiles/blog/list?page=2">Next &rsaquo;</a></li></ul></div>\n')
    side, _ = fa_side(today, None)
    return fa_page("All Blog Posts", fa_welcome() + main, side)


def _fa_commented() -> set[str]:
    chosen = _winners("faray", "comments", 10)
    return {SITE_TITLES["faray"][ESSAY_PAGES["faray"].index(n)] for n in chosen}


# ------------------------------------------------------------------------------------------------- the run

SITES = {  # host -> (essay page writer, no-essay writer, no-essay kinds, pages cut short, pages with references)
    "wyre": (wyre, wyre_index, ["papers", "ladder"], 0, 4),          # club nights notice moves; thanks note on the title
    "burray": (burray, burray_index, ["front"], 3, 3),               # rally box moves; members-only endings
    "gairsay": (gairsay, gairsay_index, ["changes", "events"], 2, 3),  # notice include moves; members' second half
    "faray": (faray, faray_index, ["bloglist"], 0, 3),                # welcome box moves
}
CUT_PAGES: dict[str, set[int]] = {}
ENCODING = {"wyre": "latin-1", "burray": "cp1252", "gairsay": "latin-1"}  # burray says iso-8859-1 but holds Word's bytes


def save(path: Path, site: str, text: str) -> None:
    path.write_bytes(text.encode(ENCODING.get(site, "utf-8"), "xmlcharrefreplace"))


def units_of(essay: dict) -> set[str]:
    """norm() of each paragraph, quotation or bullet whose length tops five words."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int) -> dict[str, list[dict]]:
    """Shuffles each host's deck by seed, drafting card after card; drafts echoing kept blocks get discarded."""
    kept: list[tuple[dict, set[str], str]] = []
    chosen: dict[str, list[dict]] = {}
    for name, (_, _, kinds, _, _) in SITES.items():
        need = PAGES_PER_SITE - len(kinds)
        mine = [c for c in cards if c["host"] == name]
        random.Random(f"set37:{seed}:{name}:deck").shuffle(mine)
        chosen[name] = []
        for card in mine:
            if len(chosen[name]) == need:
                break
            essay = make_essay(card, seed)
            units = units_of(essay)
            text = norm(" ".join(block_text(b) for b in essay["blocks"]))
            if any(u in other for u in units for _, _, other in kept) or any(u in text for _, theirs, _ in kept for u in theirs):
                continue
            kept.append((essay, units, text))
            chosen[name].append(essay)
        if len(chosen[name]) < need:
            raise SystemExit(f"{name}: only {len(chosen[name])} usable essays, {need} needed")
    return chosen


def index_pages(name: str, kinds: list[str]) -> dict[int, str]:
    """Seeded page numbers for the essay-less pages (not the first, not the last), with their kinds."""
    spots = sorted(random.Random(f"set37:{SEED}:{name}:bare").sample(range(2, PAGES_PER_SITE), len(kinds)))
    return dict(zip(spots, kinds))


def write_folders(outdir: Path, seed: int, chosen: dict[str, list[dict]]) -> list[str]:
    """Fills the four folders (HTML, truth) and yields tab-separated provenance rows. Cut and citation draws
    mimic set one, though only essay pages take part."""
    rows = []
    for name, (writer, lister, kinds, teasers, cited) in SITES.items():
        site_rng = random.Random(f"{seed}:{name}")
        bare = index_pages(name, kinds)
        ESSAY_PAGES[name] = [n for n in range(1, PAGES_PER_SITE + 1) if n not in bare]
        mine = chosen[name]
        titles = [e["title"] for e in mine]
        SITE_TITLES[name] = titles
        order = list(range(len(mine)))
        site_rng.shuffle(order)
        teaser_set, cited_set = set(order[:teasers]), set(order[teasers:teasers + cited])
        CUT_PAGES[name] = {ESSAY_PAGES[name][k] for k in teaser_set}
        folder = outdir / name
        (folder / "truth").mkdir(parents=True, exist_ok=True)
        k = 0
        for n in range(1, PAGES_PER_SITE + 1):
            page_rng = random.Random(f"{seed}:{name}:{n}")
            if n in bare:
                ix = IndexPage(name, n, titles, page_rng, bare[n])
                save(folder / f"page-{n:02d}.html", name, lister(ix))
                (folder / "truth" / f"page-{n:02d}.md").write_text(ix.truth(), "utf-8")
                rows.append(f"{name}\tpage-{n:02d}\t-\t0\t(no essay: {bare[n]} page)")
                continue
            essay = mine[k]
            page = Page(essay, page_rng, n, titles, name)
            if k in teaser_set:
                page.cut = max(3, round(len(page.blocks) * page_rng.uniform(0.35, 0.55)))
                while page.cut > 3 and page.blocks[page.cut - 1][0] == "heading":
                    page.cut -= 1
            if k in cited_set:
                page.refs = g.works_cited(page_rng, page_rng.randint(3, 6))
            k += 1
            save(folder / f"page-{n:02d}.html", name, writer(page))
            (folder / "truth" / f"page-{n:02d}.md").write_text(page.truth(), "utf-8")
            rows.append(f"{name}\tpage-{n:02d}\t{essay['id']}\t{essay['words']}\t{essay['title']}")
    return rows


def main() -> None:
    global SEED
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=2037)
    args = ap.parse_args()
    SEED = args.seed
    cards = parse_cards()
    chosen = choose_essays(cards, args.seed)
    ESSAYS_BY_TITLE.clear()
    ESSAYS_BY_TITLE.update({e["title"]: e for essays in chosen.values() for e in essays})
    rows = write_folders(args.outdir, args.seed, chosen)
    header = "site\tpage\ttopic_card\tessay_words\tessay_title"
    (args.outdir / "SOURCES.tsv").write_text("\n".join([header, *rows]) + "\n", "utf-8")
    need = sum(len(v) for v in chosen.values())
    print(f"{len(SITES)} hosts x {PAGES_PER_SITE} pages written to {args.outdir}: {need} essays drawn from "
          f"{len(cards)} cards, {len(SITES) * PAGES_PER_SITE - need} pages without one")


if __name__ == "__main__":
    main()
