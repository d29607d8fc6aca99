"""Issue 13, batch thirty-eight: four fictitious hosts dated 2012-2026, eighteen pages apiece, meant for
scoring template learning on publishing tools no earlier batch imitates. Written blind to the extractor; no
page or essay here exists anywhere else.

    /work/main/.venv/bin/python heldout/sites38/generate.py OUTDIR [--seed 2038]

Output: OUTDIR/<host>/page-NN.html, truths in OUTDIR/<host>/truth/page-NN.md (format: bench/scoring.py),
SOURCES.tsv directly under OUTDIR. Each host carries 1-2 essayless pages, marked no_essay. Essays get
assembled below from topic cards plus sentence pools new to this batch; fixed seed, fixed bytes.

Hosts:
  balta     Pottery study group, 2018. Jupyter notebooks run through nbconvert's classic full template:
            prose in markdown cells amid code cells, DataFrame tables, printed output, warnings; pilcrow
            anchors inside headings; file names standing in as page titles; a prose count printed by code
  vementry  Typewriter collectors' circle, 2017. Emacs Org mode, published by org-publish: paragraphs
            hard-wrapped inside p, subtitles inside h1, NOTE blocks and Org tables amid text, a "See also"
            headline built like any essay section, a few essays stopping after part one
  oxna      Perfume history newsletter, 2024, beehiiv web edition: greeting, contents list, sponsor, bottle
            of the week, links, poll and sign-off around the essay; subjects dressed with numbers or emoji;
            a line quoted from last week's issue; Premium paywall; reader comments
  hildasay  Glass society journal, 2025. Qwik City SSR over Storyblok: star-prefixed scoped classes, q:
            attributes, virtual-node comments, bloks between paragraphs, list items wrapping paragraphs, a
            kicker inside some h1s, self pull quotes, members' wall

Borrowed as-is from batches one to three: truth writing, invented Works Cited, escaping, digit grouping,
insertion spots, plurals.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import html
import importlib.util
import json
import random
import re
import struct
import textwrap
import zlib
from datetime import date, datetime, timedelta
from pathlib import Path


def _load(name: str, folder: str):
    """Loads generate.py from a neighbouring folder."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parents[1] / folder / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


g = _load("sites1_generate", "sites")
g2 = _load("sites2_generate", "sites2")
g3 = _load("sites3_generate", "sites3")
norm, block_text, slug = g.norm, g.block_text, g.slug
fmt_int, esc, spot = g2.fmt_int, g2.esc, g2.spot
plural = g3.plural

PAGES_PER_SITE = 18

# ------------------------------------------------------------------------------------------- essay cards
# Layout: host | title | subject | x (fits mid-sentence) | people | setting | period (4-digit years) |
# strands, three, ";" between | thesis | rival (both read after "that") | fact one | fact two (single
# sentences; a lone full stop closes each).

ESSAY_CARDS = """
balta | Bones in the Body | ceramics history | English bone china | Josiah Spode the Second, his rival potters in Stoke and the London dealers who sold the new ware | the Spode works at Stoke-upon-Trent | 1790 to 1815 | calcined ox bone ground into the paste; a translucent white to rival imported porcelain; the recipe copied across the district within a generation | bone china won by suiting Staffordshire's kilns and costs, not by matching Chinese porcelain | bone china was only a botched imitation of true porcelain | Josiah Spode the Second is generally credited with settling the standard bone china recipe around 1800. | Bone china takes much of its strength and whiteness from calcined animal bone.
balta | The Lovers Who Became Birds | ceramics history | the willow pattern | the engravers of transfer plates, the potteries that printed the design and the Victorian writers who invented its love story | the earthenware factories of Staffordshire and Shropshire | 1790 to 1849 | copper plates engraved for underglaze blue printing; dozens of factories using near-identical versions; a Chinese-sounding legend composed in England | the willow pattern is an English design whose Chinese love story was added later to sell plates | the design faithfully copies a real Chinese original | The willow pattern was devised in England during the 1780s or 1790s. | The tale of the eloping lovers turned into doves was published well after the pattern had become popular.
balta | Bizarre, and Proud of It | ceramics history | Clarice Cliff's Bizarre ware | the designer Clarice Cliff, the factory owner Colley Shorter and the young paintresses known as the Bizarre girls | the Newport Pottery in Burslem | 1927 to 1940 | bright on-glaze enamels over old undecorated stock; a team of young women painting freehand; shop displays and publicity staged by Shorter | Bizarre ware depended on salesmanship and a disciplined painting shop, Cliff's flair notwithstanding | Bizarre ware was the lone inspiration of one gifted designer | Shops began selling Clarice Cliff's Bizarre range in 1928. | Clarice Cliff married Colley Shorter in 1940.
balta | A Kiln on the Stennack | ceramics history | the Leach Pottery at St Ives | the potter Bernard Leach, his Japanese colleague Shoji Hamada and the apprentices who threw the standard ware | St Ives in Cornwall | 1920 to 1940 | a wood-fired climbing kiln built in the Japanese manner; modest standard tableware paying the bills; A Potter's Book spreading the workshop's ideas | the St Ives workshop survived on humble standard ware, and a book earned it fame alongside the pots | the pottery was an artist's studio making only unique pieces | Bernard Leach and Shoji Hamada set up their pottery at St Ives in 1920. | Bernard Leach published A Potter's Book in 1940.
balta | Buttons in Albion Mews | ceramics history | Lucie Rie's London workshop | the Viennese potter Lucie Rie, her colleague Hans Coper and the fashion houses that bought her buttons | a converted mews house near Hyde Park | 1938 to 1995 | ceramic buttons made for couturiers after the war; an electric kiln in a small mews workshop; thin porcelain bowls scratched with fine lines | Rie's modern style grew out of wartime necessity and small-scale making rather than any grand programme | Rie merely carried Viennese modernism unchanged to London | Lucie Rie left Vienna for London in 1938. | Hans Coper began working in Lucie Rie's studio in 1946.
balta | Blue from the Breweries | ceramics history | Delftware | the tin-glaze potters of Delft, Dutch East India Company merchants and householders buying imitation porcelain | the Dutch city of Delft | 1640 to 1780 | Chinese porcelain arriving in Dutch cargoes; potteries setting up in empty breweries; tin-glazed earthenware painted in cobalt blue | Delftware thrived in the gap left when Chinese supply faltered, and fell when English creamware undercut it | Delftware was simply a cheap copy that never found its own style | De Porceleyne Fles, later known as Royal Delft, was founded in 1653. | Several Delft potteries took over buildings left empty by the declining brewing trade.
balta | Cobalt from the West | ceramics history | Yuan blue-and-white porcelain from Jingdezhen | the potters of Jingdezhen, the Persian traders who supplied cobalt and the Middle Eastern buyers of large dishes | the kiln town of Jingdezhen in Jiangxi | 1320 to 1368 | imported cobalt giving a deep blue; big dishes made for Islamic dining; the David Vases dated by inscription | foreign buyers and foreign pigment shaped blue-and-white no less than Chinese taste did | blue-and-white was a purely Chinese invention for Chinese markets | An inscription dated 1351 appears on the pair known as the David Vases. | Much of the cobalt used for early blue-and-white porcelain was imported from Persia.
balta | Tomato Red | ceramics history | Iznik pottery | the potters of Iznik, Ottoman court designers in Istanbul and architects ordering tiles by the thousand | the town of Iznik in Anatolia | 1480 to 1620 | a quartz-rich fritware body; a raised bright red added in the 1550s; tile orders for imperial mosques | Iznik's golden age was driven by court commissions, and it faded when those orders stopped | Iznik declined because its potters lost their skill | Iznik potters began using a raised bright red in the mid-sixteenth century. | Iznik tiles line the walls of the Rustem Pasha Mosque in Istanbul.
balta | A Bowl for Rikyu | ceramics history | raku ware | the tile maker Chojiro, the tea master Sen no Rikyu and the Raku family who followed them | Kyoto under Toyotomi Hideyoshi | 1570 to 1600 | bowls shaped by hand without a wheel; pieces pulled from the kiln while glowing; a family line of potters that still continues | raku was made to the demands of the tea ceremony, and the later Western fashion for it kept the fire and lost the purpose | raku is simply a technique of rapid firing | Raku ware began with the Kyoto potter Chojiro in the late sixteenth century. | The Raku family still makes tea bowls in Kyoto.
balta | Art Students at the Riverside | ceramics history | Doulton's Lambeth art stoneware | the manufacturer Henry Doulton, the art school head John Sparkes and decorators such as Hannah Barlow | the Doulton works on the Thames at Lambeth | 1866 to 1914 | drainpipe profits paying for art pottery; young women trained as decorators; salt-glazed stoneware scratched with animals | Doulton's art pottery was a side line carried by industrial pipework and made possible by women's paid skill | the art department was a loss-making vanity | Hannah Barlow joined Doulton's Lambeth studio in 1871. | Doulton bought a pottery in Burslem in 1877.
balta | Lustre and Novels | ceramics history | William De Morgan's lustreware | the designer William De Morgan, his friend William Morris and painters decorating his tiles | Chelsea, Merton Abbey and Fulham | 1872 to 1907 | lustre glazes worked out from Spanish and Italian pieces; tiles for ships and houses; a business that never paid | De Morgan's lustre revival was a technical research programme dressed as craft romance | De Morgan was only a decorator following Morris's designs | William De Morgan closed his pottery business in 1907. | De Morgan's tiles were fitted in passenger liners of the P and O line.
balta | A Pot Takes the Prize | ceramics history | Grayson Perry's Turner Prize | the potter Grayson Perry, the Tate jury and critics who doubted that a pot could be art | Tate Britain in London | 2003 to 2011 | classical vase shapes covered in uncomfortable stories; photographic transfers and glazes; a prize speech teasing the art world's disdain for pottery | Perry's prize tested the old line between craft and art more than it erased it | the prize marked pottery's full acceptance as art | Grayson Perry won the Turner Prize in 2003. | Grayson Perry often appears in public as his alter ego Claire.
balta | Bottles That Held Fire | ceramics history | the bottle kiln of the Potteries | the placers who stacked saggars, the firemen who watched the kilns and the smoke inspectors who finally ended coal firing | Longton and the six towns of Stoke-on-Trent | 1850 to 1978 | saggars stacked in tall bungs inside the kiln; smoke that blackened the six towns; smoke laws and gas and electric kilns | the bottle kiln vanished because of smoke laws and cheaper fuel, not because potters lost interest | bottle kilns disappeared through neglect of heritage | Smoke control laws of the 1950s ended coal firing in the bottle kilns of the Potteries. | The Gladstone Pottery Museum in Longton preserves several bottle kilns.
balta | Gold in the Cracks | ceramics history | kintsugi | Japanese lacquer craftsmen, tea masters who prized mended bowls and Western collectors who discovered the practice | Kyoto and the tea rooms of Muromachi and Edo Japan | 1450 to 1700 | urushi lacquer used as a glue; gold powder sprinkled on the seams; a shogun's stapled bowl and its legend | kintsugi began as careful repair of valued tea wares, and its philosophy of imperfection was mostly written later | kintsugi always expressed a deliberate philosophy of embracing flaws | Kintsugi mends broken ceramics with urushi lacquer finished in powdered gold. | A well-known tale links kintsugi to the shogun Ashikaga Yoshimasa in the fifteenth century.
balta | Two Halves of a Moon | ceramics history | the Korean moon jar | the potters of the Joseon royal kilns, the scholar officials who used the jars and Bernard Leach, who carried one to England | the royal kilns at Gwangju near Seoul | 1650 to 1750 | two hemispheres thrown separately and joined; plain white porcelain favoured by Confucian taste; a slight lopsidedness valued by later collectors | the moon jar's famous irregularity followed from its two-part making, and admiration for it is largely modern | the potters deliberately designed the jars to be irregular | Moon jars were made by joining two separately thrown halves. | Bernard Leach bought a moon jar in Seoul in 1935.
balta | The Kaolin Hunt | ceramics history | the royal porcelain manufactory at Sevres | Madame de Pompadour, the manufactory's chemists and painters of its coloured grounds | the factory at Sevres near Paris | 1756 to 1770 | soft-paste porcelain with brilliant ground colours; royal protection and royal sales; kaolin found near Limoges | Sevres lived on royal patronage and luxury colour long before it could make true porcelain | Sevres led Europe through technical superiority | The French royal porcelain manufactory moved from Vincennes to Sevres in 1756. | Deposits of kaolin were found near Limoges in the late 1760s.
balta | Florian Flowers | ceramics history | William Moorcroft's Florian ware | the designer William Moorcroft, the firm of James Macintyre and the London shop Liberty | the pottery towns around Burslem | 1897 to 1913 | tube-lined slip outlines; flower designs signed with his own name; Liberty's backing for his own works | Moorcroft built a name by signing industrial art pottery at a time when factories hid their designers | Florian ware was a routine factory line | William Moorcroft joined James Macintyre and Company in 1897. | Moorcroft opened his own works in Burslem in 1913 with backing from Liberty.
balta | Soapstone by the Severn | ceramics history | the Worcester porcelain works | Dr John Wall and his partners, the Bristol potters whose recipe they bought and the engravers who printed on porcelain | Warmstry House by the river at Worcester | 1751 to 1783 | soapstone in the paste so the cups survived hot tea; overglaze transfer printing taken up early; blue-and-white for the middling tea table | Worcester prospered by making porcelain that survived daily use rather than porcelain that dazzled | aristocratic patronage explains Worcester's success | The Worcester porcelain factory was founded in 1751. | Worcester porcelain contained soapstone, which helped it withstand boiling water.
balta | Her Own Name on the Backstamp | ceramics history | Susie Cooper's pottery | the designer Susie Cooper, the decorating firm of Gray's where she trained and the department stores that stocked her tableware | Burslem and the Crown Works | 1922 to 1940 | a designer who ran her own firm; shapes and patterns planned together; banded and spotted decoration suited to small budgets | Susie Cooper prospered by controlling shape, pattern and business at once | Cooper was simply a talented decorator | Susie Cooper started her own pottery business in 1929. | Susie Cooper was made a Royal Designer for Industry in 1940.
vementry | A Ball of Keys in Copenhagen | typewriter history | the Hansen writing ball | the pastor and teacher Rasmus Malling-Hansen, his pupils at the Copenhagen institute for the deaf and the philosopher Friedrich Nietzsche | Copenhagen | 1865 to 1882 | keys arranged on a hemisphere like a pincushion; a machine designed with deaf pupils in mind; Nietzsche's short and frustrating use of one | the writing ball answered an engineer's wish for speed but lost out to cheaper American designs | the writing ball simply was a poor machine | Rasmus Malling-Hansen patented his writing ball in 1870. | Friedrich Nietzsche acquired a writing ball in 1882.
vementry | Everything on One Wheel | typewriter history | the Blickensderfer typewriter | the inventor George Canfield Blickensderfer, his factory hands in Stamford and the travelling salesmen who sold portables | Stamford in Connecticut | 1892 to 1919 | a single type wheel instead of typebars; a light machine for travellers; an early electric model | the Blickensderfer pointed toward the portable typewriter decades before the industry followed | the Blickensderfer was a cheap oddity | In 1893 George Blickensderfer exhibited his typewriter at the Chicago exposition. | An electric Blickensderfer was produced in 1902.
vementry | Seeing the Words | typewriter history | the Underwood Number 5 | the designer Franz Xaver Wagner, the ribbon maker John Underwood and the office typists who used the machine | the Underwood works in Hartford, Connecticut | 1900 to 1930 | front-strike typebars letting the typist see the line; a four-row keyboard with shift; millions of machines in offices | visible writing fixed the typewriter's form for fifty years, and Underwood won by selling it in volume | clever patents alone explain the Underwood's success | The Underwood Number 5 was introduced in 1900. | Underwood sold millions of its Number 5 machines.
vementry | The Golf Ball | typewriter history | the IBM Selectric | IBM's engineers, the industrial designer Eliot Noyes and the secretaries who swapped typefaces in seconds | IBM's typewriter division | 1961 to 1986 | a spinning type element instead of typebars; interchangeable fonts; a carriage that stayed still while the element moved | the Selectric was the office computer's ancestor in its habits rather than its electronics | the Selectric was only an electric typewriter with a gimmick | IBM launched the Selectric typewriter in 1961. | The Selectric's typing element could be changed to switch typefaces.
vementry | The Portable from Ivrea | typewriter history | the Olivetti Lettera 22 | the designer Marcello Nizzoli, the industrialist Adriano Olivetti and the reporters who carried the machine | the Olivetti factory at Ivrea in Piedmont | 1950 to 1965 | a flat, light body designed for travel; Adriano Olivetti's belief in design as company policy; a machine remembered by writers | the Lettera 22 sold a corporate philosophy along with a portable | the Lettera 22 was simply a well-made small typewriter | Olivetti introduced the Lettera 22 in 1950. | Olivetti's typewriter works were based at Ivrea.
vementry | Red Bucket | typewriter history | the Olivetti Valentine | the designers Ettore Sottsass and Perry King, Olivetti's marketing department and the young buyers it targeted | Milan and Ivrea | 1969 to 1975 | bright red plastic; a carrying case designed as a bucket; a pitch aimed at places far from offices | the Valentine is remembered as a design icon but was sold as an affordable toy, and it succeeded better as the first | the Valentine sold triumphantly | The Olivetti Valentine was launched in 1969. | The Valentine came with a plastic case that slid over the machine.
vementry | A Baby from Yverdon | typewriter history | the Hermes Baby | the Swiss firm Paillard, the designer Giuseppe Prezioso and the writers who travelled with it | Yverdon and Sainte-Croix in Switzerland | 1935 to 1950 | a flat portable weighing little; the Paillard firm's roots in music boxes; a machine sold under several names | the Hermes Baby shows how precision workshops from other trades shaped the portable typewriter | the Baby matters only as a famous writer's machine | The Hermes Baby was introduced in 1935. | Paillard made music boxes before it made typewriters.
vementry | Twain Buys a Machine | typewriter history | Mark Twain's typewriter | the writer Samuel Clemens, the Boston shop that sold him the machine and the typist who copied his manuscripts | Boston and Hartford | 1874 to 1883 | a machine that typed only capital letters; Clemens's joking letters typed to his brother; the first typescript sent to a publisher | Twain's typewriter matters less as a first than as an early record of a writer's impatience with machines | Twain was a devoted pioneer of typing | Mark Twain bought a typewriter in Boston in 1874. | Life on the Mississippi, published in 1883, is often named as the first book manuscript delivered to a publisher in typescript.
vementry | The Machines the Police Kept on File | typewriter history | Romania's typewriter registration | the Ceausescu government, the militia officers who filed type samples and the dissidents who hid machines | Romania in the 1980s | 1983 to 1989 | every machine's typeface sample held on file; permits needed to own a typewriter; samples taken again each year | registration treated the typewriter as a printing press, and that shows how much power the regime granted typed words | the decree was a bureaucratic formality rarely enforced | A Romanian decree of 1983 required typewriters to be registered with the police. | Owners had to supply typed samples so that each machine's type could be identified.
vementry | The Last Factory That Wasn't | typewriter history | the last-factory story of 2011 | the Mumbai firm Godrej and Boyce, the journalists who wrote its obituary and the makers who kept producing elsewhere | Mumbai and the world's newsrooms | 2009 to 2011 | a factory closure reported as the end of an era; manual machines still made in other countries; a headline corrected too late | the last-factory story reveals how news spreads, not how typewriters fared | the world really did stop making typewriters in 2011 | In 2011 newspapers around the world reported that Godrej and Boyce had closed the last typewriter factory. | Manual typewriters continued to be made in other countries after 2011.
vementry | A Shuttle of Type | typewriter history | the Hammond typewriter | the inventor James Bartlett Hammond, his Manhattan factory and scholars fond of its changeable typefaces | Manhattan | 1880 to 1927 | a curved shuttle holding the type; a small hammer striking the paper against it; typefaces for many languages | the Hammond survived for decades by serving specialist writers whom mainstream machines ignored | the Hammond quickly became obsolete | James Hammond's first typewriter appeared in 1880. | The Hammond's type shuttle could be swapped to change typeface or language.
vementry | Batwings | typewriter history | the Oliver typewriter | the Canadian-born minister Thomas Oliver, Woodstock factory hands and buyers paying by instalments | Woodstock in Illinois | 1895 to 1928 | typebars standing up in two towers; visible writing before the Underwood; cheap sales by instalment | the Oliver shows that a strange shape could win buyers when the price and the payment plan were right | the Oliver's odd design doomed it | Oliver typewriters first reached buyers in 1895. | The Oliver company was based in Woodstock in Illinois.
vementry | An Orchestra of One Machine | typewriter history | Leroy Anderson's The Typewriter | the composer Leroy Anderson, the Boston Pops under Arthur Fiedler and the percussionists who play the solo | Boston concert halls and recording studios | 1950 to 1953 | a real typewriter played as a percussion instrument; the bell as the carriage return; a piece later made famous by film and television | The Typewriter works as music because it turns office noise into a joke everyone already knew | the piece is a novelty without musical interest | Leroy Anderson composed The Typewriter in 1950. | Performances of The Typewriter use a real typewriter as a percussion instrument.
vementry | Forty Years on One Portable | typewriter history | Cormac McCarthy's Olivetti Lettera 32 | the novelist Cormac McCarthy, the auctioneers at Christie's and the friend who bought him a replacement | McCarthy's study and a Manhattan saleroom | 1963 to 2009 | a cheap portable bought secondhand; millions of words typed on one machine; an auction price far above any typewriter's value | the Lettera 32 auction valued a writer's habit, not a machine | the machine was sold for its rarity as an object | Cormac McCarthy's Olivetti Lettera 32 was auctioned in 2009. | The typewriter fetched $254,500.
vementry | Revival on the Kitchen Table | typewriter history | the typewriter revival | collectors sharing scans online, the writer Richard Polt and the young buyers who found machines in charity shops | blogs, type-ins and repair benches | 2005 to 2015 | typed blog posts scanned and shared; public type-ins; repairers training newcomers | the revival sprang from the internet it seemed to reject | the revival is merely nostalgia | Richard Polt published The Typewriter Revolution in 2015. | Type-ins are public gatherings where people bring typewriters to use and share.
vementry | Power to the Typebars | typewriter history | IBM's Electromatic typewriter | the Electromatic company of Rochester, the IBM managers who bought it and the office buyers who paid extra for power | Rochester in New York | 1933 to 1961 | an electric drive powering the typebars; a sales pitch about less tiring work; IBM's decision to sell typewriters at all | IBM entered typewriters to sell whole offices, and the Electromatic was the door | IBM bought the company for its patents alone | IBM bought the Electromatic Typewriter company in 1933. | Electric typewriters reduced the force typists needed on the keys.
vementry | Petals of Type | typewriter history | the daisy wheel printer | the engineer David Lee at Diablo Data Systems, the Xerox managers who bought the firm and the offices that used word processors | Diablo's works in Hayward, California | 1970 to 1985 | a plastic wheel of petals each carrying a character; letter-quality printing for computers; electronic typewriters borrowing the wheel | the daisy wheel carried typewriter standards into the computer age and made the typewriter itself redundant | the daisy wheel merely improved printers a little | Diablo Data Systems introduced a daisy wheel printer in the early 1970s. | Xerox bought Diablo Data Systems in 1972.
oxna | Water from Cologne | perfume history | Johann Maria Farina's eau de Cologne | the Italian perfumer Johann Maria Farina, his family's trading house and soldiers carrying the scent home | the city of Cologne on the Rhine | 1709 to 1766 | a light citrus spirit unlike heavy animal scents; a family business selling to royal courts; a name copied by rivals everywhere | eau de Cologne won out as a fresh, everyday sort of scent, and imitators spread it further than Farina could | eau de Cologne was a medicine that only later became perfume | Johann Maria Farina's firm in Cologne dates its founding to 1709. | Farina named his fragrance after his adopted city of Cologne.
oxna | A Fern That Has No Smell | perfume history | Houbigant's Fougere Royale | the perfumer Paul Parquet, the house of Houbigant and laboratory chemists making coumarin | Paris | 1868 to 1882 | synthetic coumarin smelling of hay; an imaginary fern accord; a family of scents named after it | Fougere Royale showed perfumers that a scent could portray something that has no smell at all | synthetics were only cheaper substitutes for natural oils | William Henry Perkin reported a synthesis of coumarin in 1868. | Houbigant launched Fougere Royale in 1882.
oxna | Aime's Jicky | perfume history | Guerlain's Jicky | the perfumer Aime Guerlain, the Guerlain family firm and the Parisian customers who first found it strange | the Guerlain shop in Paris | 1889 to 1912 | lavender and vanilla over a synthetic base; a scent worn by men and women alike; a name of disputed origin | Jicky was modern because it admitted its chemistry, not because it came first | Jicky's fame is an accident of longevity | Guerlain launched Jicky in 1889. | Jicky was still on sale more than a century after its launch.
oxna | The Aldehyde Gamble | perfume history | Chanel No 5 | the perfumer Ernest Beaux, the designer Gabrielle Chanel and the Wertheimer family who financed production | Grasse and Paris | 1920 to 1924 | aldehydes giving a sparkling lift; a plain bottle against ornate rivals; a business deal that took the scent from Chanel's control | Chanel No 5 was a business construction no less than a fragrance | the scent's success was due only to its novel chemistry | Chanel No 5 was launched in 1921. | Parfums Chanel was set up with the Wertheimer family in 1924.
oxna | A Garden in Lahore, Bottled in Paris | perfume history | Guerlain's Shalimar | the perfumer Jacques Guerlain, the glassmakers of Baccarat and visitors to the 1925 Paris exposition | Paris | 1921 to 1925 | a heavy dose of vanillin; a bottle shaped like a fountain basin; its name taken from Mughal gardens | Shalimar turned a laboratory chemical into luxury by wrapping it in an imagined Orient | Shalimar was a faithful evocation of Indian perfumery | Guerlain showed Shalimar at the 1925 decorative arts exposition in Paris. | Shalimar takes its name from the gardens laid out for the Mughal emperors.
oxna | Gloves Before Flowers | perfume history | the perfume trade of Grasse | the tanners and glove makers of Grasse, the flower growers in the hills and the distillers who replaced them | the hill town of Grasse in Provence | 1600 to 1900 | scented leather gloves; jasmine and tuberose fields; enfleurage and distillation works | Grasse became the perfume capital by following the money from leather to flowers | Grasse was always a town of perfumers | Grasse was known for its tanneries before it was known for perfume. | Jasmine has been grown around Grasse for perfume for centuries.
oxna | A Minorcan in Jermyn Street | perfume history | the Floris shop in Jermyn Street | the Minorcan barber Juan Famenias Floris with his wife Elizabeth, serving gentlemen of St James's | Jermyn Street in London | 1730 to 1830 | a barbering business selling combs and scents; royal warrants; a family business in the same premises for centuries | Floris survived by staying a neighbourhood shop for wealthy regulars rather than a fashion house | Floris's survival is owed to royal favour alone | Juan Famenias Floris opened his shop in Jermyn Street in 1730. | Floris still trades from the same Jermyn Street address.
oxna | Vanilla Without the Orchid | perfume history | synthetic vanillin | the chemists Ferdinand Tiemann and Wilhelm Haarmann, the factory they founded at Holzminden and the perfumers who bought their product | Holzminden in Germany | 1874 to 1890 | vanillin made from pine sap; a factory founded to sell a single molecule; vanilla notes suddenly cheap | synthetic vanillin changed perfume by changing prices, long before it changed taste | synthetics were resisted by perfumers as fakes | Tiemann and Haarmann produced vanillin from coniferin in 1874. | Haarmann founded a vanillin factory at Holzminden in 1874.
oxna | The Costliest Bottle | perfume history | Jean Patou's Joy | the couturier Jean Patou, the perfumer Henri Almeras and the American clients who had lost fortunes in the crash | Paris and the American market | 1929 to 1935 | huge quantities of jasmine and rose per bottle; a slogan about being the costliest; a gift for clients ruined in the crash | Joy's slogan sold scarcity to customers who could no longer afford anything else Patou made | Joy's price reflected nothing but its ingredients | Jean Patou launched Joy in 1930. | Joy was advertised as the costliest perfume in the world.
oxna | Lily of the Valley, Made Up | perfume history | Dior's Diorissimo | the perfumer Edmond Roudnitska, the couturier Christian Dior and the flower that gives no oil | Cabris and Paris | 1956 to 1957 | a flower whose scent cannot be extracted; a reconstruction from synthetics; Dior's superstitious love of lily of the valley | Diorissimo proved that the most natural-smelling perfumes can be the most artificial | Diorissimo is a simple single-flower scent | Diorissimo was launched in 1956. | Lily of the valley yields no usable natural oil for perfumery.
oxna | Trousers and a Stride | perfume history | Revlon's Charlie | the cosmetics magnate Charles Revson, the model Shelley Hack and the young working women in the advertisements | New York and American department stores | 1973 to 1980 | a cheap scent sold to young women; advertisements showing a woman in trousers striding alone; its founder's nickname as its name | Charlie sold independence as an idea, while the perfume inside counted for less than the walk | Charlie was merely a cheap perfume well distributed | Revlon launched Charlie in 1973. | The model Shelley Hack appeared in Charlie advertisements in the 1970s.
oxna | Opium and the Protests | perfume history | Yves Saint Laurent's Opium | the designer Yves Saint Laurent, the perfumers who composed the scent and the campaigners who objected to its name | Paris and New York | 1977 to 1978 | a heavy spicy oriental; a launch party aboard an old sailing ship moored in Manhattan; protests over the name | Opium's scandal was the marketing | the protests hurt the perfume's sales | Yves Saint Laurent launched Opium in 1977. | The name Opium provoked protests from campaigners in America and Asia.
oxna | One Bottle for Everyone | perfume history | CK One | the designer Calvin Klein, the perfumers Alberto Morillas and Harry Fremont and the photographer Steven Meisel | New York | 1994 to 1999 | a unisex citrus scent; a bottle like a flask; black-and-white advertisements of crowds of young people | CK One sold belonging, which is why one scent for everyone worked in the 1990s | CK One's only novelty was being unisex | CK One was launched in 1994. | CK One was advertised for men and women alike.
oxna | A Barber Beside the Baths | perfume history | Penhaligon's Hammam Bouquet | the barber William Penhaligon, his customers from the Jermyn Street baths and the royal household | Jermyn Street in London | 1870 to 1903 | a barbering business beside a Turkish bath; a heavy rose and wood scent; a royal warrant | Hammam Bouquet sprang from a neighbourhood's bathing craze | Penhaligon's owed its fame to court patronage | William Penhaligon opened his barber's shop in Jermyn Street in 1870. | Penhaligon's launched Hammam Bouquet in 1872.
oxna | Whale Stone | perfume history | ambergris | beachcombers, sperm whalers and perfumers who paid gold prices for a lump | the shores of the Atlantic and Indian oceans | 1850 to 1986 | a waxy mass formed in sperm whales' guts; a fixative making scents last; synthetic replacements after whaling ended | ambergris kept its reputation because nobody could farm it | ambergris is valued for its own smell | Ambergris forms in the digestive system of sperm whales. | Perfumers used ambergris as a fixative to make scents last longer.
oxna | Lavender South of London | perfume history | Yardley's lavender water | the London firm of Yardley, the lavender growers of Mitcham and the shoppers of Edwardian England | Mitcham fields and London shops | 1770 to 1913 | lavender fields south of London; a flower-seller picture used in advertising; soap as the backbone of the trade | Yardley's lavender sold English gardens, as an idea, to town dwellers | Mitcham lavender's quality alone explains Yardley's success | Yardley traces its origins to London in 1770. | Lavender was grown commercially at Mitcham in Surrey.
oxna | Rosemary in a Bottle | perfume history | Hungary water | the distillers who made it, a legendary Hungarian queen and apothecaries selling it | the apothecaries' shops of Europe | 1370 to 1700 | rosemary steeped and distilled in spirit; a tale of a queen made young again; a medicine that became a toilet water | Hungary water shows perfume and medicine were one trade long before they split | Hungary water never was more than a remedy | Hungary water was a rosemary-based spirit sold as both medicine and perfume. | Its legend credits a fourteenth-century queen of Hungary.
oxna | Moss and the Rule Book | perfume history | the regulation of oakmoss | the International Fragrance Association, dermatologists studying allergies and perfumers reformulating classics | Geneva and Brussels | 2001 to 2021 | allergens found in oakmoss extract; limits set by the industry's own body; classic chypres quietly reformulated | the oakmoss limits show an industry regulating itself to avoid harsher rules | the limits destroyed the great classic perfumes | The International Fragrance Association sets standards limiting oakmoss in perfume. | Many classic chypre perfumes have been reformulated because of limits on oakmoss.
hildasay | The Crystal of Lead | glass history | George Ravenscroft's lead crystal | the merchant George Ravenscroft, the Glass Sellers' Company and the Italian glassmakers he employed | the Savoy glasshouse in London and a works at Henley-on-Thames | 1673 to 1683 | crizzling that spoiled the first batches; lead oxide added to the batch; a raven's head seal on approved glasses | lead crystal was a commercial project steered by the glass sellers, with Ravenscroft as their contractor | Ravenscroft was a lone inventor | George Ravenscroft obtained a 1674 patent covering a new crystalline glass. | Approved glasses from Ravenscroft's works were marked with a raven's head seal.
hildasay | An Island of Furnaces | glass history | the move of Venice's glassmakers to Murano | the Venetian Great Council, the glassmaking families of Murano and the craftsmen who broke the ban on leaving | the lagoon island of Murano | 1291 to 1500 | fire risk in a city of wood; guild rules and secrets; clear cristallo glass in the fifteenth century | the move to Murano was a fire regulation that became an industrial policy | the move aimed chiefly at guarding trade secrets | Venice ordered its glass furnaces moved to Murano in 1291. | The Venetian glassmaker Angelo Barovier is credited with clear cristallo glass in the fifteenth century.
hildasay | A Battery Jar in the Oven | glass history | Pyrex | the Corning scientists Eugene Sullivan and William Taylor, the physicist Jesse Littleton and his wife Bessie, who baked a cake in a cut-down jar | Corning, a glass town upstate | 1908 to 1915 | low-expansion glass made for railway lanterns; a cake baked in a sawn-off battery jar; ovenware marketed to home cooks | Pyrex came from industrial glass looking for a new market, and the kitchen was found almost by accident | Pyrex was conceived as cookware | Corning introduced Pyrex ovenware in 1915. | Corning's low-expansion glass was first developed for railway signal lanterns.
hildasay | Green by Day, Red by Lamp | glass history | the Lycurgus Cup | the unknown Roman glassworkers, the Rothschilds, its owners, and museum scientists studying it | the late Roman Empire and a Bloomsbury gallery | 1958 to 1990 | a cage cup carved from a thick blank; gold and silver traces suspended in the glass; the myth of King Lycurgus trapped by vines | the cup's colour change was a controlled workshop effect, not a fluke | the Romans produced the colour by pure accident | The Lycurgus Cup has been in a London museum since 1958. | The Lycurgus Cup looks green in reflected light and red when lit from behind.
hildasay | Blue That Survived the Fire | glass history | the stained glass of Chartres Cathedral | the glaziers of Chartres, guilds paying for windows and clergy planning their stories | Chartres in the Beauce | 1194 to 1260 | the blue of the west windows that survived the fire; donor panels of bakers, butchers and drapers; windows telling Bible stories in sequence | the Chartres windows served civic pride no less than religion | the windows were purely devotional works directed by the clergy | Most of Chartres Cathedral was rebuilt after a fire in 1194. | Many of Chartres Cathedral's windows show the trades that paid for them.
hildasay | Favrile and the Women Who Cut It | glass history | the Tiffany lamp | the designer Louis Comfort Tiffany, the designer Clara Driscoll with her team of women glass cutters | Tiffany Studios, Manhattan | 1894 to 1909 | opalescent Favrile glass; lamps designed in the women's department; credit restored to Driscoll a century later | the Tiffany lamp was a workshop product in which Tiffany's name covered other people's designs | Tiffany personally designed his famous lamps | Louis Comfort Tiffany registered Favrile as a trademark in 1894. | Letters rediscovered around 2005 credit Clara Driscoll with designing many Tiffany lamps.
hildasay | Flowers That Never Wilt | glass history | Harvard's collection of Blaschka glass flowers | the glass artists Leopold and Rudolf Blaschka, the botanist George Lincoln Goodale and the patrons Elizabeth and Mary Lee Ware | the Blaschka workshop near Dresden and the Harvard museum | 1886 to 1936 | models made by lampworking; a contract to supply Harvard for decades; a son who worked alone after his father's death | the glass flowers were teaching tools that became art only when the teaching stopped | the Blaschkas saw themselves as artists first | The Blaschkas began making glass botanical models for Harvard in 1886. | Rudolf Blaschka continued the glass flowers alone until 1936.
hildasay | Glass on the Bonnet | glass history | the Lalique car mascot | the jeweller and glassmaker Rene Lalique, the carmakers and the motorists who paid for a glass figure on the radiator | Lalique's works at Wingen-sur-Moder in Alsace | 1921 to 1931 | pressed glass figures made in series; mascots lit from below; a jeweller's shift to industrial glass | the mascots show Lalique turning luxury into series production without losing its glamour | the mascots were one-off luxury commissions | Rene Lalique made glass car mascots from the mid-1920s. | Lalique opened a glassworks at Wingen-sur-Moder in Alsace in 1921.
hildasay | The Eye Patch and the Team | glass history | Dale Chihuly's studio | the glass artist Dale Chihuly, his gaffers and blowers, and hotel owners commissioning ceilings | Seattle and the Pilchuck Glass School | 1971 to 1998 | a car accident that cost him an eye; a team of blowers working to his drawings; big public installations | Chihuly's work is a studio practice like a Renaissance workshop's, and the argument about authorship misses this | Chihuly's assistants deserve the real credit | Dale Chihuly co-founded the Pilchuck Glass School in 1971. | Chihuly lost the sight of one eye in a car accident in 1976.
hildasay | Taxed by the Pound | glass history | the glass excise | the excise officers who weighed batches, the glassmakers who cut their lead and the campaigners for repeal | the English glasshouses of Stourbridge, Newcastle and Bristol | 1745 to 1845 | duty charged on the weight of materials; light and small glasses made to save tax; repeal and a boom in window glass | the excise shaped the look of English drinking glasses more than any fashion did | the tax cost little and changed little | Britain began taxing glass by excise in 1745. | The glass excise was abolished in 1845.
hildasay | Light Through a Thread of Glass | glass history | Charles Kao's optical fibre | the engineer Charles Kao, his colleague George Hockham and the Corning chemists who made the first low-loss fibre | Standard Telecommunication Laboratories at Harlow | 1966 to 1970 | a paper blaming impurities for the losses; ultra-pure silica; Corning's fibre of 1970 | optical fibre was a materials problem, solved by glass chemistry once Kao had traced the losses to impurities | fibre optics were mainly a triumph of laser engineering | Charles Kao and George Hockham published their paper on glass fibre communication in 1966. | Charles Kao received a share of the 2009 physics Nobel.
hildasay | Chemcor in a Drawer | glass history | Gorilla Glass | Corning's chemists of the 1960s, the engineers who revived their work and the phone makers who needed a hard screen | the Corning laboratories | 1962 to 2007 | chemically strengthened glass shelved for decades; ion exchange in a bath of molten salt; a rush order for a touchscreen phone | Gorilla Glass shows how industrial research waits for a market rather than creating one | Gorilla Glass was a sudden new invention | Chemcor strengthened glass came out of Corning's Project Muscle around 1962. | A mass-market phone first carried Gorilla Glass in 2007.
hildasay | A Tune on the Rims | glass history | Benjamin Franklin's glass armonica | the printer and scientist Benjamin Franklin, the London glassblower who made the bowls and the musicians, Mozart among them, who wrote for it | London and Philadelphia | 1761 to 1791 | nested glass bowls turned on a spindle; wet fingers on the rims; rumours that the sound harmed players' nerves | the armonica faded because of fashion and practical difficulty, and the stories of madness were an excuse | the instrument really did damage its players' health | Benjamin Franklin devised the glass armonica in 1761. | Mozart composed for the glass armonica in 1791.
hildasay | Crystal Revived | glass history | Waterford Crystal | the Penrose brothers who founded the first works, Czech glassmakers reviving it and workers losing jobs at its closure | the port city of Waterford in Ireland | 1783 to 2009 | an eighteenth-century works killed by excise duty; a revival with Czech craftsmen; receivership and closure | Waterford's name outlived its factories because the brand was always worth more than the furnace | Waterford is a continuous craft tradition | George and William Penrose founded a glassworks at Waterford in 1783. | Glassmaking at Waterford was revived in 1947.
hildasay | Beads for the Colony | glass history | the Jamestown glasshouse | the Virginia Company, the German and Polish glassmakers sent to the colony and the settlers who needed trade goods | Glasshouse Point near Jamestown in Virginia | 1608 to 1624 | a furnace built within a year of settlement; beads made for trade; a second attempt by Italian glassmakers | the glasshouse was a company experiment in exports, and its failure reflects the colony's hunger rather than any lack of skill | the glasshouse began American industry | Glassmakers were working at Jamestown by 1608. | The Virginia Company sent Italian glassmakers to Jamestown in 1621.
hildasay | Drops That Will Not Break | glass history | the riddle of Prince Rupert's drops | Prince Rupert of the Rhine, King Charles II and Fellows of the newly founded Royal Society | Restoration London | 1660 to 1665 | molten glass dropped into water; heads that resist a hammer and tails that shatter everything; Robert Hooke's account in Micrographia | the drops show early science learning from a party trick | the drops were an idle curiosity, scientifically worthless | In 1661 the Royal Society watched a demonstration of Prince Rupert's drops. | Robert Hooke described the drops in Micrographia in 1665.
hildasay | Iridescent for Pennies | glass history | carnival glass | the Fenton brothers of Williamstown, rival pressed-glass factories and the fairground stalls that gave the glass away | the glass factories of Ohio and West Virginia | 1907 to 1930 | pressed glass sprayed with metallic salts; a cheap imitation of art glass iridescence; prizes at fairs that gave it its name | carnival glass was a deliberate cheap copy of art glass, and its collectors' name came much later | carnival glass was always intended as a fairground prize | The Fenton Art Glass Company introduced iridescent pressed glass in 1907. | The name carnival glass was applied long after the glass was first made.
hildasay | Spun into a Disc | glass history | crown glass | the glassblowers who spun the discs, the glaziers who cut the panes and the householders who paid for them | the glasshouses of England | 1680 to 1850 | a blown bubble spun into a flat disc; the bullseye at its centre; the cylinder method that replaced it | crown glass lasted because its fire-polished surface was beautiful, though it wasted glass | crown glass was simply a primitive method | Crown glass was made by spinning a blown bubble of glass into a wide disc. | Glaziers called the thick centre of a crown glass disc the bullseye.
"""

SCHOLARS = ["Threapleton", "Lodwick", "Rodley", "Westmacott", "Yewdall", "Allonby", "Bickerstaff", "Dufton",
            "Spedding", "Wimpenny", "Boocock", "Cudworth", "Marsland", "Nettleton", "Battye", "Womersley",
            "Akeroyd", "Brierley", "Helliwell", "Pighills", "Rastrick", "Smithies", "Lupton", "Broadbent"]

OPENING = [
    "Ask three collectors about {x}; expect four stories back.",
    "{X} turns up on every timeline I own, usually as one confident line.",
    "My first brush with {x} was a faded photograph pinned above somebody's workbench.",
    "People tend to assume {x} needs no explaining.",
    "{X} in brief fits on a postcard, and most postcards garble it.",
    "Everybody half knows {x}.",
    "A question from the back row at a recent meeting sent me back to {x}.",
    "Saying what {x} actually was proves surprisingly awkward.",
    "{X} has gathered more myths than facts over the years.",
    "Until recently I believed I understood {x}.",
    "Most accounts of {x} begin back to front.",
    "{X} rewards slow reading, which it seldom gets.",
]
FRAME = [
    "The action moves around {setting}.",
    "Among the cast are {people}.",
    "The years that count here are {period}.",
    "Where sources fail, I say so plainly.",
    "I claim no discoveries; my work is reading and comparing.",
    "Some questions stay open.",
]
ROADMAP = [
    "I begin with {s1}, turn to {s2}, and end with an argument.",
    "Each section below prods one received notion.",
    "Chronology sets the order, roughly.",
    "{S1} fills most space, having left most evidence.",
    "Doubters have their say before I finish.",
]
QUESTION_LEAD = [
    "Underneath sits a plain question: {question}",
    "My real question is this: {question}",
    "Put plainly, the puzzle runs: {question}",
    "All that follows orbits one question: {question}",
]
QUESTIONS = ["why did {x} take the shape it took?",
             "which of {people} actually made the decisions?",
             "which parts of the familiar tale of {x} survive careful reading?",
             "what would {setting} have lacked without it?"]
CLAIM_THESIS = [
    "I contend that {thesis}.",
    "What follows argues that {thesis}.",
    "On the evidence I have handled, {thesis}.",
    "Briefly put, {thesis}.",
    "Taken together, {s1}, {s2} and {s3} point one way: {thesis}.",
    "Read patiently, the sources suggest that {thesis}.",
    "Long reading leaves me sure that {thesis}.",
    "The claim of this piece is simple: {thesis}.",
]
LEDE = [  # backdrop opener; x inside makes it unique
    "{X} did not appear out of nowhere.",
    "To make sense of {x}, start a little earlier.",
    "Some background on {x} spares confusion later.",
    "{X} closes a longer chain of events.",
    "The conditions for {x} were in place well before anyone gave it a name.",
    "Nobody can judge {x} without its circumstances.",
]
CONTEXT = [
    "Workshops were small and their owners cautious.",
    "Apprentices learned by watching, not by reading.",
    "{People} rarely agreed on anything for long.",
    "Raw materials travelled surprising distances.",
    "Several earlier attempts had quietly failed.",
    "Rumour often outran reliable information.",
    "{Scholar} points out how tiny the numbers involved were.",
    "Most evidence is rooted in {setting}.",
    "Weather, debts and illness interrupted everything.",
    "Buyers were fickle and easily bored.",
    "Official records skip most daily detail.",
    "Imitators appeared almost at once.",
]
SETTLE = [  # backdrop closer, x again
    "In such soil {x} took root.",
    "Against that background, {x} looks close to inevitable.",
    "So {x} was less a leap than a next step.",
    "All of this made room for {x}.",
    "Without those conditions {x} would make little sense.",
    "{X} belonged entirely to this world.",
]
NAMING = [
    "The label {x} arrived later than the thing itself.",
    "Contemporaries reached for other words.",
    "The names {people} gave themselves sound strange today.",
    "Modern terms tidy up a messy reality.",
    "Picking a name already means picking a side.",
    "Wayward spelling makes the catalogues hard to search.",
]
RECORD = [
    "Our knowledge of {x} rests on ledgers, sale notices, stray letters.",
    "Records kept in {setting} give dates and prices but rarely reasons.",
    "Letters between {people} lie scattered across several archives.",
    "Early printed accounts of {x} repeat each other's errors.",
    "Memoirs written decades afterwards are charming and unreliable.",
    "Surviving objects sometimes disagree with the documents.",
]
CAST = [
    "Legend undercounts the hands behind {x}.",
    "{People} wanted different things.",
    "Several key figures wrote nothing down.",
    "{Scholar} treats assistants and famous names with equal care.",
    "Hands on site often ignored instructions from above.",
]
STRAND_IN = [
    "Take first {s}.",
    "The fullest file concerns {s}.",
    "{S} is often skipped.",
    "It pays to linger over {s}.",
    "Surprisingly little has been written on {s}.",
    "Then there is {s}.",
    "Much depends on {s}.",
    "{S} repays close attention.",
    "Running alongside was {s}.",
    "The evidence is best for {s}.",
]
POINT = [
    "{S} cost more than anyone had budgeted.",
    "{S} was tried in public before it was understood in private.",
    "{Scholar} traces {s} through workshop inventories, a dull but honest source.",
    "Those paying for {s} were not those doing it.",
    "From {setting}, {s} looked like ordinary business.",
    "Contemporaries hardly mention {s} in their letters.",
    "{People} disagreed about {s} and went on disagreeing.",
    "{S} was learned at the bench rather than from books.",
    "A few lucky breaks helped {s} along.",
    "{S} hit the ceiling set by available materials.",
    "Every rival soon had a version of {s}.",
    "Failures connected with {s} were seldom written down.",
    "{S} lurched forward unevenly.",
    "Outsiders took {s} more seriously than insiders did.",
    "{S} was cheaper to copy than to invent.",
    "Women's work on {s} shows up only in wage books.",
]
NUMBERS = [
    "{Scholar} ({year}) combed through {num} inventories; {s} features in {pct} of every hundred.",
    "Of {num} letters read by {Scholar}, roughly {pct} per hundred mention {s}.",
    "{Scholar} ({year}) credits {s} with about {pct} per cent, no more.",
    "{Scholar}'s tally of {num} cases ({year}) keeps landing on {s}.",
    "Setting {num} comparable examples side by side, {Scholar} ({year}) finds {s} nearly everywhere.",
    "{Scholar} admits that {num} examples is a slim sample, yet {s} shows up consistently.",
    "{Scholar} ({year}) reckons {s} explains something near {pct} per cent.",
    "{Scholar} ({year}) revisited earlier figures for {s} and trimmed them by {pct} per cent.",
]
CASES = [
    "A single firm's daybooks, examined by {Scholar}, supply the bulk of it.",
    "In {setting}, {people} improvised their way through {s}.",
    "Away from {setting}, parallel cases abound.",
    "Nobody back then thought {s} worth a comment.",
    "Throughout {period} this recurs.",
    "{People} returned to the subject in old age.",
    "I keep a folder of further examples of {s}.",
]
LINK_BACK = [
    "Even this modest detail about {s} hints that {thesis}.",
    "A lone example proves little; still, {s} contradicts textbook orthodoxy.",
    "Everything after leans on {s}.",
    "{S} adds weight to my view that {thesis}.",
    "{S} loomed larger for participants than surviving paper implies.",
    "Misunderstand {s} and everything downstream goes astray.",
    "Remove {s} from the account and the tidy version collapses.",
]
PIVOT = ["Then {s} rewrote the rules.", "After that point, {s} set the agenda.",
         "Thereafter {s} owns the story.", "{S} made the old arrangements look tired."]
CITE_LEAD = [
    "{Scholar} condenses {setting} into one sentence:",
    "Years later, a person raised in {setting} wrote:",
    "Lecturing on {x} in {year}, one speaker said:",
    "{Scholar} is blunt about {s}:",
    "{Scholar} keeps a sharp line for {s}:",
]
CITED = [  # x or strand inside: quotations stay unique
    "Those who dealt with {s} every day saw nothing special in it.",
    "{X} was made by busy people with little money.",
    "Open the accounts and the glamour of {s} drains away.",
    "Writing about {x} mostly concerns its legend.",
    "Follow whoever paid for {s} and the puzzles solve themselves.",
    "{X} demanded patience, not brilliance.",
]
CITE_AFTER = [
    "Harsh, perhaps, yet fair.",
    "A lone witness, yet well placed.",
    "Nobody writes a line like that to be liked.",
    "The details have blurred; the judgement holds.",
]
CITE_AFTER2 = [
    "{People} said much the same.",
    "Nobody then thought {s} needed explaining.",
    "Evidence from outside {setting} remains untested against it.",
    "Its usefulness lies in the aside about {s}.",
    "General histories of {x} pass over it.",
]
LIST_INTRO = [
    "Where {x} went well, a familiar set of ingredients appears:",
    "Good spells among {people} usually had:",
    "{Setting} would have gained from:",
    "The happier episodes across {setting} shared these:",
]
LIST_POINT = [
    "a patient backer for {s}",
    "written notes on {s} that outlived their authors",
    "a workshop where {s} could be tried cheaply",
    "customers willing to wait for {s}",
    "a rival close enough to force improvements in {s}",
    "honest accounts of failures in {s}",
]
LIST_EXTRA = ["a printed price list for {x}", "an apprentice scheme tied to {x}",
              "a shop window showing off {x}", "a second supplier for {x}"]
COMPARE = [
    "Put {x} next to its contemporaries and the differences shrink.",
    "Foreign parallels exist, but none matches {s2} closely.",
    "Rivals with deeper pockets often did worse.",
    "Similar ventures elsewhere left fewer traces.",
    "{People} had rivals trying too.",
    "The comparison flatters {x} less than its admirers hope.",
]
COUNTERFACT = [
    "Suppose {s2} had never happened.",
    "Such speculation tests; it does not find.",
    "Strip out {s1} and {setting} would look unrecognisable.",
    "{People} would then have needed another plan.",
    "Past the first step, any such guess is storytelling.",
]
LEGACY = [
    "Habits formed around {x} outlived it by generations.",
    "Collectors in {setting} returned to {x} repeatedly.",
    "{People} passed on stories, improved with each telling.",
    "Later research returns constantly to {s3}.",
    "Each anniversary of {x} adds another coat of polish.",
    "Neat morals extracted from {x} rarely survive inspection.",
]
DOUBT = [
    "Sceptics say that {rival}.",
    "The strongest objection holds that {rival}.",
    "Respected writers maintain that {rival}.",
    "Fair critics retort that {rival}.",
    "A generous reading of some sources suggests that {rival}.",
]
DOUBT_MORE = [
    "{People} met this objection in their own day.",
    "Sensible people hold this view, which earns it an answer.",
    "{Scholar2} ({year2}) argues it over many pages.",
    "It carries real force: every decision about {x} cost someone.",
]
ANSWER = [
    "The documents from {setting} contradict it.",
    "It has no explanation for {s2}.",
    "It presupposes its own verdict on {x}.",
    "It makes {x} neater than the sources permit.",
    "Were it right, {setting} would show no peculiarities at all.",
    "That {people} paid a price is clear; whether that settles anything is doubtful.",
]
CLOSE_FIRST = [
    "Gathering everything up: {thesis}.",
    "The weight of evidence leans toward one account of {x}.",
    "Arguments about {x} will carry on after this piece.",
    "So what verdict does {x} deserve?",
    "Each strand alone is a hint; combined they show that {thesis}.",
    "Strip the legends off and {x} can be judged fairly.",
    "{X} is usually handed down as a slogan, which excuses everyone from reading.",
]
CLOSE_MID = [  # card material in each; oxna quotes these elsewhere
    "{S1}, {s2} and {s3} matter separately; jointly they nearly decide it.",
    "Some writers still insist that {rival}; I cannot follow them.",
    "Details about {s1}, rather than any theory, carry my argument.",
    "Readers who disagree about {x} should write in.",
    "Unsorted papers from {setting} could still upset some details.",
    "Without its legend, {x} remains quite interesting enough.",
]
CLOSE_LAST = [
    "{People} would probably find our interest in {x} faintly comic.",
    "Doubters may join me for an afternoon in {setting}.",
    "{X} was steady competence, and steady competence is rarer than flair.",
    "Should fresh evidence on {x} appear, I will happily revise all of this.",
    "Until then, {x} deserves more than the single line it usually gets.",
    "Behind {x} lay mountains of unglamorous work.",
    "Those who made {x} happen would, I suspect, simply be glad it is remembered.",
]
HD_BACK = ["Background", "How things stood", "Terrain", "First, the context", "Beforehand", "Where we begin"]
HD_NAMING = ["Naming it", "Terminology", "Names"]
HD_RECORD = ["What survives", "The sources", "Paper trail"]
HD_CAST = ["Who was involved", "People", "The cast"]
HD_STRAND = ["{S}", "About {s}", "On {s}", "{S}, more closely", "Next: {s}", "Considering {s}"]
HD_COMPARE = ["Comparisons", "Elsewhere", "Parallels"]
HD_COUNTER = ["What if", "Another outcome", "Counterfactuals"]
HD_LEGACY = ["Afterwards", "Aftermath", "What followed"]
HD_DOUBT = ["Against this view", "Doubts", "The other side", "A rival reading", "Pushback", "Reservations"]
HD_CLOSE = ["Conclusion", "Weighing up", "In the end", "Final thoughts", "To finish"]

# Newest year allowed on made-up studies, per host; pages postdate it.
LATEST_STUDY = {"balta": 2017, "vementry": 2016, "oxna": 2023, "hildasay": 2024}
WORDS_MIN, WORDS_MAX = 350, 600
QUOTE_SHARE: dict[str, float] = {}  # empty: default quotation share everywhere


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
    """Seeded draft of one card's essay; make_essay loops until the length fits.

    Running order: opener (x named, thesis last; scenery, plan, question optional before it); backdrop (LEDE,
    fact one, fact two maybe, SETTLE); optional aside about naming, sources, cast; strands (2 or 3), each one
    paragraph or split, pivot line optional, quotation or bullets trailing sometimes; optional comparison,
    counterfactual, aftermath; objection, rebuttal; closer ending on x, people, setting. Headings by coin
    flip; within an essay each pattern appears once."""
    unused: dict[int, list[str]] = {}

    def take(pool: list[str]) -> str:
        rest = unused.setdefault(id(pool), rng.sample(pool, len(pool)))
        return rest.pop() if rest else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    pair = rng.sample(SCHOLARS, 2)
    slots = dict(x=card["x"], X=cap(card["x"]), people=card["people"], People=cap(card["people"]),
                 setting=card["setting"], Setting=cap(card["setting"]), period=card["period"], s1=s1, s2=s2, s3=s3,
                 S1=cap(s1), S2=cap(s2), thesis=card["thesis"], rival=card["rival"], Scholar=pair[0], Scholar2=pair[1])
    latest = LATEST_STUDY[card["host"]]
    ended = int(re.findall(r"\d{4}", card["period"])[-1])
    low = min(max(1950, ended + 3), latest)

    def fill(pattern: str, s: str | None = None) -> str:
        extra = dict(s=s or s1, S=cap(s or s1), year=rng.randint(low, latest), year2=rng.randint(low, latest),
                     pct=rng.choice([11, 16, 19, 23, 28, 31, 36, 41, 44, 52, 57, 63, 68, 74]),
                     num=rng.choice([14, 19, 23, 31, 37, 46, 52, 61, 73, 86, 97, 128]))
        return pattern.format(**slots, **extra)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    def with_card(pool: list[str], k: int) -> list[str]:
        # pool[0] holds card material; uniqueness follows
        picked = [pool[0]] + rng.sample(pool[1:], k)
        return [fill(q) for q in picked]

    slots["question"] = cap(fill(rng.choice(QUESTIONS)))
    headed = rng.random() < 0.5
    blocks: list[tuple] = []
    thesis = fill(take(CLAIM_THESIS))
    opener = fill(take(OPENING))
    first = [opener]
    parts: list[str] = []
    for share, pool, name in ((0.3, FRAME, "frame"), (0.25, ROADMAP, "plan"), (0.25, QUESTION_LEAD, "question")):
        if rng.random() < share:
            first.append(fill(take(pool)))
            parts.append(name)
    first.append(thesis)
    blocks.append(para(*first))
    if headed:
        blocks.append(("heading", fill(take(HD_BACK))))
    lede = fill(take(LEDE))
    settle = fill(take(SETTLE))
    back = [lede, fill(take(CONTEXT)), card["facts"][0]] + [fill(take(CONTEXT)) for _ in range(rng.randint(0, 1))]
    later = [card["facts"][1]]
    if rng.random() < 0.5:
        back.insert(rng.randint(3, len(back)), later.pop())
    blocks.append(para(*back, settle))
    background = blocks[-1][1]
    aside = rng.random()
    for lo, hi, pool, heads, name in ((0.0, 0.12, NAMING, HD_NAMING, "names"), (0.12, 0.25, RECORD, HD_RECORD, "sources"),
                                      (0.25, 0.35, CAST, HD_CAST, "people")):
        if lo <= aside < hi:
            parts.append(name)
            if headed:
                blocks.append(("heading", fill(take(heads))))
            blocks.append(para(*with_card(pool, rng.randint(1, 2))))
    strands = [s1, s2, s3] if rng.random() < 0.6 else [s1, s2]
    quote_at = rng.randrange(len(strands)) if rng.random() < QUOTE_SHARE.get(card["host"], 0.35) else None
    list_at = rng.randrange(len(strands)) if rng.random() < 0.3 else None
    pivot_at = rng.randrange(1, len(strands)) if rng.random() < 0.3 else None
    figures: list[str] = []
    leads: list[str] = []
    links: list[str] = []
    points: list[str] = []
    quotation = None
    for i, s in enumerate(strands):
        if pivot_at == i:
            blocks.append(para(fill(take(PIVOT), s)))
            parts.append("turn")
        if headed:
            blocks.append(("heading", fill(take(HD_STRAND), s)))
        counted = fill(take(NUMBERS), s)
        figures.append(counted)
        leads.append(fill(take(STRAND_IN), s))
        links.append(fill(take(LINK_BACK), s))
        points.append(fill(take(POINT), s))
        body = [leads[-1], points[-1], counted]
        if rng.random() < 0.35:
            body.insert(2, fill(take(POINT), s))
        if rng.random() < 0.35:
            body.insert(rng.randint(2, len(body)), fill(take(CASES), s))
        if later and i == 1:
            body.insert(1, later.pop())
        if rng.random() < 0.25 and len(body) > 3:
            blocks.append(para(*body[:2]))
            blocks.append(para(*body[2:], links[-1]))
        else:
            blocks.append(para(*body, links[-1]))
        if quote_at == i:
            parts.append("quotation")
            quotation = fill(take(CITED), s)
            blocks.append(para(fill(take(CITE_LEAD), s)))
            blocks.append(("quote", quotation))
            blocks.append(para(fill(take(CITE_AFTER), s), fill(take(CITE_AFTER2), s)))
        if list_at == i:
            parts.append("list")
            blocks.append(para(fill(take(LIST_INTRO))))
            items = [cap(fill(take(LIST_POINT), t)) for t in strands]
            items += [cap(fill(t)) for t in rng.sample(LIST_EXTRA, rng.randint(0, 2))]
            blocks.append(("list", (rng.random() < 0.4, items)))
    extra = rng.random()
    if extra < 0.4:
        parts.append("comparison" if extra < 0.14 else "what-if" if extra < 0.27 else "aftermath")
    if extra < 0.14:
        if headed:
            blocks.append(("heading", fill(take(HD_COMPARE))))
        blocks.append(para(*[fill(take(COMPARE)) for _ in range(rng.randint(2, 3))]))
    elif extra < 0.27:
        if headed:
            blocks.append(("heading", fill(take(HD_COUNTER))))
        blocks.append(para(*with_card(COUNTERFACT, rng.randint(1, 2))))
    elif extra < 0.4:
        if headed:
            blocks.append(("heading", fill(take(HD_LEGACY))))
        blocks.append(para(*with_card(LEGACY, rng.randint(1, 2))))
    if headed:
        blocks.append(("heading", fill(take(HD_DOUBT))))
    objection = fill(take(DOUBT))
    answer = fill(take(ANSWER), s2)
    doubt = [objection, fill(take(DOUBT_MORE)), answer]
    if rng.random() < 0.5:
        doubt.append(fill(take(ANSWER), s2))
    if rng.random() < 0.35:
        doubt.insert(2, fill(take(DOUBT_MORE)))
    blocks.append(para(*doubt))
    if headed:
        blocks.append(("heading", fill(take(HD_CLOSE))))
    last = fill(take(CLOSE_LAST))
    mids = [fill(take(CLOSE_MID)) for _ in range(rng.randint(1, 2))]
    end = [fill(take(CLOSE_FIRST))] + mids
    if rng.random() < 0.3 and len(end) > 2:
        blocks.append(para(*end[:2]))
        blocks.append(para(*end[2:], last))
    else:
        blocks.append(para(*end, last))
    words = sum(len(block_text(b).split()) for b in blocks)
    return dict(id=card["id"], title=card["title"], blocks=blocks, words=words, tags=[card["subject"]],
                domain=card["id"], url="-", earlier="", card=card, thesis=thesis, opener=opener, lede=lede,
                settle=settle, objection=objection, answer=answer, last=last, mids=mids, figures=figures,
                leads=leads, links=links, points=points, headed=headed, parts=parts, background=background,
                quotation=quotation, closing=blocks[-1][1])


def make_essay(card: dict, seed: int) -> dict:
    """Loops over seeded drafts (200 at most); first one within bounds wins."""
    for attempt in range(200):
        essay = draft_essay(card, random.Random(f"set38:{seed}:essay:{card['id']}:{attempt}"))
        if WORDS_MIN <= essay["words"] <= WORDS_MAX:
            essay["attempt"] = attempt
            return essay
    raise SystemExit(f"card {card['id']}: every draft fell outside {WORDS_MIN}-{WORDS_MAX} words")


# ------------------------------------------------------------------------------------------- common helpers

ESSAYS_BY_TITLE: dict[str, dict] = {}  # main() fills it; sibling quoting reads it
ESSAY_PAGES: dict[str, list[int]] = {}  # host -> pages with essays
SITE_TITLES: dict[str, list[str]] = {}  # host -> titles, page order
CUT_PAGES: dict[str, set[int]] = {}  # host -> truncated pages
SEED = 2038  # main() resets it; rare inserts follow it


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def only_in(text: str, title: str) -> bool:
    """Exclusive membership: `text` inside essay `title`, absent from all others."""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


class Page(g2.Page):
    """g2.Page extended: host name, card, sibling titles."""

    def __init__(self, essay, rng, index, site_titles, site: str):
        super().__init__(essay, rng, index, site_titles)
        self.site = site
        self.topic = essay["tags"][0]
        self.category = cap(self.topic)
        self.card = essay["card"]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})


    def truth(self) -> str:
        # one- and two-word template labels that some chosen essay also uses are dropped, so no truth of the set
        # holds another page's clutter by accident
        common = " ".join(norm(essay_text(t)) for t in ESSAYS_BY_TITLE)
        self.clutter = [c for c in self.clutter if len(c.split()) > 2 or norm(c) not in common]
        return super().truth()


class IndexPage:
    """Essayless page in host dress; listing essays allowed."""

    def __init__(self, site: str, index: int, site_titles: list[str], rng: random.Random, kind: str):
        self.site, self.index, self.rng, self.kind = site, index, rng, kind
        self.site_titles = list(site_titles)

    def truth(self) -> str:
        return "site:\nno_essay: true\n---\n"


def _drawn(site: str, role: str, count: int, among: list[int] | None = None) -> list[int]:
    pool = among if among is not None else ESSAY_PAGES[site]
    return sorted(random.Random(f"set38:{SEED}:{site}:{role}").sample(pool, min(count, len(pool))))


def carries(site: str, role: str, count: int, page: Page, among: list[int] | None = None) -> bool:
    """Seeded lottery: did this page win `role` (exactly `count` winners)?"""
    return page.index in _drawn(site, role, count, among)


def rank_of(site: str, role: str, count: int, page: Page, among: list[int] | None = None) -> int | None:
    """Winner's rank for `role`; None for losers."""
    chosen = _drawn(site, role, count, among)
    return chosen.index(page.index) if page.index in chosen else None


def placed_before(site: str, role: str, page: Page) -> bool:
    """Seeded 50/50 split among essay pages; True means wandering block goes above."""
    order = list(ESSAY_PAGES[site])
    random.Random(f"set38:{SEED}:{site}:{role}:above").shuffle(order)
    return page.index in order[:(len(order) + 1) // 2]


def digest(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def number(*parts, mod: int, base: int = 0) -> int:
    return int(digest(*parts, n=8), 16) % mod + base


def slot_in(pieces: list, pos: int, piece) -> None:
    """Puts `piece` near `pos`; index 0 refused; retreats over headings and colon-terminated lines."""
    while pos > 0 and pieces[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    pieces.insert(max(pos, 1), piece)


def shown_pieces(p: Page, heading, para, quote_, listing) -> list[tuple[str, object]]:
    """Visible blocks rendered through host callbacks, kind-tagged; colon-final paragraphs become "lead"."""
    out = []
    for k, (kind, value) in enumerate(p.visible()):
        if kind == "heading":
            out.append(("heading", heading(value)))
        elif kind == "paragraph":
            out.append(("lead" if value.rstrip().endswith(":") else "text", para(value, k)))
        elif kind == "quote":
            out.append(("quote", quote_(value)))
        else:
            ordered, items = value
            out.append(("list", listing(ordered, items)))
    return out


def backdate(p: Page, latest: int) -> None:
    """Uniform backward shift for reference years, capped at `latest`."""
    shift = max(0, 2023 - latest)
    move = lambda text: re.sub(r", (\d{4})(?=[.,])", lambda m: f", {int(m.group(1)) - shift}", text)
    p.refs = [(move(plain), move(markup)) for plain, markup in p.refs]


def day_month_year(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# ---- 1. balta: a pottery study group's research notebooks, nbconvert's classic export, 2018 --------------------

BA_GROUP = "Weisdale Pottery Study Group"
BA_MAIL = "notebooks@weisdalepottery.org.uk"
BA_WRITERS = ["Freya Sandison", "Callum Mouat", "Aileen Eunson", "Ruaridh Hoseason", "Ingrid Scollay"]
BA_MAKERS = ["Spode", "Minton", "Davenport", "Adams", "Ridgway", "Mason", "Copeland", "Doulton", "Meakin"]
BA_FORMS = ["plate", "tureen", "jug", "teabowl", "saucer", "dish", "mug", "vase", "teapot"]
BA_REGIONS = ["Staffordshire", "Shropshire", "Derbyshire", "Yorkshire", "Bristol", "Worcestershire", "unknown"]
BA_MARKS = ["impressed", "printed", "painted", "unmarked"]
BA_PLACES = ["Weisdale village hall", "the library annexe", "Kergord steading"]
BA_NOTES = [
    "Housekeeping: register file refreshed {past}; older copies should rerun everything top to bottom.",
    "For members: the sherd box used for this notebook stays locked up at {place} until {date}.",
    "Data note: {rows} rows lacking a decade were dropped from the tables below.",
    "Meeting: we walk through this notebook {weekday} {date}, {place}; bring sherds.",
    "Correction: {maker} marks were miscounted before; tables rerun {past}.",
]
BA_CAPTIONS = ["Figure {k}. Handling-box sherds, photographed by {writer}.",
               "Figure {k}. Backstamp under raking light, accession {acc}."]
PY_KEYWORDS = {"for", "if", "else", "lambda", "return", "def", "True", "False", "None"}
PY_WORDS = {"in", "and", "or", "not"}
PY_BUILTINS = {"print", "len", "sum", "sorted", "round", "int", "str"}


def ba_writer(title: str) -> str:
    return BA_WRITERS[number("balta", "writer", title, mod=len(BA_WRITERS))]


def ba_no(index: int) -> int:
    return 11 + index


def ba_date(index: int) -> date:
    return date(2018, 1, 9) + timedelta(days=9 * index + number("balta", "day", index, mod=5))


def ba_file(index: int, title: str) -> str:
    tail = ["", "-v2", "_final", "-checked", "_draft3"][number("balta", "tail", title, mod=5)]
    return f"{ba_no(index):02d}-{slug(title)[:26].strip('-')}{tail}"


def ba_page_of(title: str) -> int:
    return ESSAY_PAGES["balta"][SITE_TITLES["balta"].index(title)]


def highlight(line: str) -> str:
    """Spans for one Python line, as Pygments marks them in nbconvert output."""
    if line.startswith("%"):
        magic, _, rest = line[1:].partition(" ")
        return f'<span class="o">%</span><span class="k">{esc(magic)}</span> {esc(rest)}'.rstrip()
    out, imported = [], False
    for m in re.finditer(r'#.*$|f?"[^"]*"|\'[^\']*\'|\d+\.\d+|\d+|[A-Za-z_]\w*|==|//|\s+|.', line):
        tok = m.group(0)
        if tok.isspace():
            out.append(tok)
            continue
        if tok.startswith("#"):
            cls = "c1"
        elif tok[0] in "\"'" or tok.startswith('f"'):
            cls = "s2" if '"' in tok else "s1"
        elif re.fullmatch(r"\d+\.\d+", tok):
            cls = "mf"
        elif tok.isdigit():
            cls = "mi"
        elif tok in ("import", "from"):
            cls, imported = "kn", True
        elif tok == "as" and imported:
            cls = "k"
        elif tok in PY_WORDS:
            cls = "ow"
        elif tok in PY_KEYWORDS:
            cls = "k"
        elif tok in PY_BUILTINS:
            cls = "nb"
        elif re.fullmatch(r"[A-Za-z_]\w*", tok):
            cls = "nn" if imported else "n"
        elif tok in ",:()[]{}":
            cls = "p"
        else:
            cls = "o"
        out.append(f'<span class="{cls}">{esc(tok)}</span>')
    return "".join(out)


def tiny_png(*seed) -> str:
    """Tiny greyscale bar chart, genuine PNG, base64; stands in for matplotlib output."""
    rng = random.Random("|".join(map(str, ("set38", *seed))))
    w, h = 36, 14
    bars = [rng.randint(2, h - 1) for _ in range(w // 4)]
    raw = b""
    for y in range(h):
        row = bytes(70 if (x % 4 != 3 and y >= h - bars[x // 4]) else 250 for x in range(w))
        raw += b"\x00" + row

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    return base64.b64encode(png).decode()


def md_anchor(tag: str, text: str) -> str:
    """nbconvert heading: pilcrow permalink nested inside."""
    anchor = attr(text.replace(" ", "-"))
    return f'<{tag} id="{anchor}">{esc(text)}<a class="anchor-link" href="#{anchor}">&#182;</a></{tag}>'


def md_cell(inner: str) -> str:
    return ('<div class="cell border-box-sizing text_cell rendered"><div class="prompt input_prompt">\n'
            '</div><div class="inner_cell">\n<div class="text_cell_render border-box-sizing rendered_html">\n'
            f"{inner}\n</div>\n</div>\n</div>")


def code_cell(n: int, lines: list[str], outputs: list[tuple[str, str]]) -> str:
    code = "\n".join(highlight(l) for l in lines)
    areas = []
    for kind, payload in outputs:
        if kind == "text":
            areas.append(f'<div class="output_area">\n\n    <div class="prompt output_prompt">Out[{n}]:</div>\n\n\n\n\n'
                         f'<div class="output_text output_subarea output_execute_result">\n<pre>{esc(payload)}</pre>\n</div>\n\n</div>')
        elif kind == "html":
            areas.append(f'<div class="output_area">\n\n    <div class="prompt output_prompt">Out[{n}]:</div>\n\n\n\n'
                         f'<div class="output_html rendered_html output_subarea output_execute_result">\n{payload}\n</div>\n\n</div>')
        elif kind in ("stdout", "stderr"):
            areas.append(f'<div class="output_area">\n\n    <div class="prompt"></div>\n\n\n'
                         f'<div class="output_subarea output_stream output_{kind} output_text">\n<pre>{esc(payload)}\n</pre>\n</div>\n</div>')
        else:
            areas.append(f'<div class="output_area">\n\n    <div class="prompt"></div>\n\n\n\n\n'
                         f'<div class="output_png output_subarea ">\n<img src="data:image/png;base64,{payload}"\n>\n</div>\n\n</div>')
    out = ""
    if areas:
        out = '\n<div class="output_wrapper">\n<div class="output">\n\n\n' + "\n\n".join(areas) + "\n\n</div>\n</div>\n"
    return (f'<div class="cell border-box-sizing code_cell rendered">\n<div class="input">\n'
            f'<div class="prompt input_prompt">In&nbsp;[{n}]:</div>\n<div class="inner_cell">\n    <div class="input_area">\n'
            f'<div class=" highlight hl-ipython3"><pre><span></span>{code}\n</pre></div>\n\n    </div>\n</div>\n</div>\n{out}\n</div>')


def ba_frame(title: str, meta: str, cells: str, foot: str) -> str:
    bar = (f'<div id="wpsg-bar">\n<a class="home" href="../index.html"><img src="../img/sherd.png" width="26" height="26" alt=""> '
           f'{BA_GROUP}</a> / <a href="index.html">Notebooks</a>\n<span class="links"><a href="../register/">The register</a> &middot; '
           f'<a href="../meetings.html">Meetings</a> &middot; <a href="../join.html">Join us</a></span>\n'
           f'<div class="meta">{esc(meta)}</div>\n</div>')
    return f"""<!DOCTYPE html>
<html>
<head><meta charset="utf-8" />
<title>{esc(title)}</title>

<script src="https://cdnjs.cloudflare.com/ajax/libs/require.js/2.1.10/require.min.js"></script>
<script src="https://cdnjs.cloudflare.com/ajax/libs/jquery/2.0.3/jquery.min.js"></script>



<style type="text/css">
    /*!
*
* Twitter Bootstrap
*
*/
html {{
  font-family: sans-serif;
  -ms-text-size-adjust: 100%;
  -webkit-text-size-adjust: 100%;
}}
div.cell {{
  border: 1px solid transparent;
  display: flex;
  flex-direction: column;
  align-items: stretch;
  border-radius: 2px;
  box-sizing: border-box;
  border-width: 1px;
  border-style: solid;
  border-color: transparent;
  width: 100%;
  padding: 5px;
  margin: 0px;
  outline: none;
}}
div.input_prompt {{
  color: #303F9F;
  border-top: 1px solid transparent;
}}
div.output_prompt {{
  color: #D84315;
}}
.rendered_html table {{
  margin-left: auto;
  margin-right: auto;
  border: none;
  border-collapse: collapse;
  border-spacing: 0;
  color: black;
  font-size: 12px;
  table-layout: fixed;
}}
</style>
<style type="text/css">
.highlight .hll {{ background-color: #ffffcc }}
.highlight  {{ background: #f8f8f8; }}
.highlight .c1 {{ color: #408080; font-style: italic }} /* Comment.Single */
.highlight .k {{ color: #008000; font-weight: bold }} /* Keyword */
.highlight .kn {{ color: #008000; font-weight: bold }} /* Keyword.Namespace */
.highlight .mi {{ color: #666666 }} /* Literal.Number.Integer */
.highlight .nn {{ color: #0000FF; font-weight: bold }} /* Name.Namespace */
.highlight .s2 {{ color: #BA2121 }} /* Literal.String.Double */
</style>


<style type="text/css">
/* Overrides of notebook CSS for static HTML export */
body {{
  overflow: visible;
  padding: 8px;
}}

div#notebook {{
  overflow: visible;
  border-top: none;
}}@media print {{
  div.cell {{
    display: block;
    page-break-inside: avoid;
  }} 
  div.output_wrapper {{ 
    display: block;
    page-break-inside: avoid; 
  }}
  div.output {{ 
    display: block;
    page-break-inside: avoid; 
  }}
}}
</style>

<!-- the group's own stylesheet, kept beside the exported pages -->
<link rel="stylesheet" href="custom.css">

<!-- Loading mathjax macro -->
<!-- Load mathjax -->
    <script src="https://cdnjs.cloudflare.com/ajax/libs/mathjax/2.7.5/latest.js?config=TeX-AMS_HTML"></script>
    <!-- MathJax configuration -->
    <script type="text/x-mathjax-config">
    MathJax.Hub.Config({{
        tex2jax: {{
            inlineMath: [ ['$','$'], ["\\\\(","\\\\)"] ],
            displayMath: [ ['$$','$$'], ["\\\\[","\\\\]"] ],
            processEscapes: true,
            processEnvironments: true
        }},
        displayAlign: 'center',
        "HTML-CSS": {{
            styles: {{'.MathJax_Display': {{"margin": 0}}}},
            linebreaks: {{ automatic: true }}
        }}
    }});
    </script>
    <!-- End of mathjax configuration -->

</head>
<body>
{bar}
  <div tabindex="-1" id="notebook" class="border-box-sizing">
    <div class="container" id="notebook-container">

{cells}
    </div>
  </div>
{foot}
</body>

 


</html>
"""


def ba_foot(others: list[str], credit: str | None, built: date) -> tuple[str, list[str]]:
    items = []
    said = ["More from the notebooks"]
    for t in others:
        i = ba_page_of(t)
        who = f"{ba_writer(t)}, {ba_date(i).strftime('%B %Y')}"
        items.append(f'<li><a href="{ba_file(i, t)}.html">{esc(t)}</a> &middot; {esc(who)}</li>')
        said += [t, who]
    lines = [f'<h3>More from the notebooks</h3>\n<ul>\n' + "\n".join(items) + "\n</ul>"]
    if credit:
        lines.append(f'<p class="credit">{credit}</p>')
        said.append(html.unescape(re.sub(r"<[^>]+>", "", credit)))
    tail = (f"Prose \u00a9 its writer \u00b7 code under the MIT licence \u00b7 page built with nbconvert 5.4.0 on "
            f"{day_month_year(built)}")
    ask = f"Questions go to the Tuesday meeting or to {BA_MAIL}."
    lines += [f'<p class="small">{esc(tail)} &middot; <a href="#">the .ipynb file</a></p>', f'<p class="small">{esc(ask)}</p>']
    said += [tail, "the .ipynb file", ask]
    return '<div id="wpsg-foot">\n' + "\n".join(lines) + "\n</div>", said


def ba_register(rng: random.Random, when: date) -> tuple[list[str], list[tuple[str, str]], list[str]]:
    """Register-loading cell; output = shape tuple."""
    rows, cols = rng.randint(380, 720), rng.choice([9, 10, 11])
    lines = [f'register = pd.read_csv("data/register-{when:%Y-%m}.csv", parse_dates=["acquired"])', "register.shape"]
    return lines, [("text", f"({rows}, {cols})")], lines


def ba_analysis(kind: str, rng: random.Random, no: int) -> tuple[list[str], list[tuple[str, str]], list[str]]:
    """Analysis cell by kind: table, tally, chart, or concat plus FutureWarning."""
    if kind == "table":
        maker = rng.choice(BA_MAKERS)
        k = rng.randint(3, 5)
        lines = [f'register.query("maker == \'{maker}\'").head({k})']
        head = ["acc_no", "maker", "form", "mark", "decade", "height_mm"]
        body, said = [], list(lines) + ["height_mm"]
        for _ in range(k):
            acc = f"WPSG-{rng.randint(1990, 2017)}-{rng.randint(1, 240):03d}"
            row = [acc, maker, rng.choice(BA_FORMS), rng.choice(BA_MARKS), str(10 * rng.randint(176, 189)), str(rng.randint(40, 330))]
            body.append((rng.randint(0, 700), row))
            said.append(acc)
        table = ('<div>\n<table border="1" class="dataframe">\n  <thead>\n    <tr style="text-align: right;">\n      <th></th>\n'
                 + "".join(f"      <th>{h}</th>\n" for h in head) + "    </tr>\n  </thead>\n  <tbody>\n"
                 + "".join("    <tr>\n      <th>" + str(i) + "</th>\n" + "".join(f"      <td>{esc(c)}</td>\n" for c in row) + "    </tr>\n"
                           for i, row in sorted(body))
                 + "  </tbody>\n</table>\n</div>")
        return lines, [("html", table)], said
    if kind == "tally":
        col = rng.choice(["region", "mark"])
        values = BA_REGIONS if col == "region" else BA_MARKS
        counts = sorted(((rng.randint(4, 160), v) for v in rng.sample(values, min(5, len(values)))), reverse=True)
        width = max(len(v) for _, v in counts) + 4
        text = "\n".join(f"{v.ljust(width)}{c:>4}" for c, v in counts) + f"\nName: {col}, dtype: int64"
        lines = [f'register["{col}"].value_counts().head({len(counts)})']
        return lines, [("text", text)], lines + [squash(l) for l in text.splitlines() if len(squash(l)) >= 6]
    if kind == "chart":
        lines = ['ax = register.groupby("decade").size().plot(kind="bar", figsize=(8, 3), color="0.4")',
                 'ax.set_ylabel("pieces in the register")']
        where = f"<matplotlib.text.Text at 0x7f{digest('balta', 'ax', no, rng.random(), n=10)}>"
        return lines, [("text", where), ("png", tiny_png("balta", no, rng.random()))], lines + [where]
    lines = ['loans = pd.read_csv("data/loans.csv")', "combined = pd.concat([register, loans])"]
    warning = ("/home/wpsg/anaconda3/lib/python3.6/site-packages/ipykernel_launcher.py:2: FutureWarning: Sorting because "
               "non-concatenation axis is not aligned. A future version\nof pandas will change to not sort by default.\n\n"
               "To accept the future behavior, pass 'sort=False'.\n\n"
               "To retain the current behavior and silence the warning, pass 'sort=True'.\n")
    return lines, [("stderr", warning)], lines + [squash(l) for l in warning.splitlines()]


def ba_counter(style: int, words: int, cells: int) -> tuple[list[str], list[tuple[str, str]]]:
    """Final prose-counting cell; three output styles, chosen per writer."""
    take = 'prose = [c.source for c in nb.cells if c.cell_type == "markdown"][1:]'
    if style == 0:
        return ['nb = nbformat.read("this.ipynb", as_version=4)', take,
                'print(f"prose: {len(prose)} cells, {sum(len(md.split()) for md in prose)} words")'], \
            [("stdout", f"prose: {cells} cells, {words} words")]
    if style == 1:
        return ['nb = nbformat.read("this.ipynb", as_version=4)', take,
                'print("words in the prose cells, title cell left out:", sum(len(md.split()) for md in prose))'], \
            [("stdout", f"words in the prose cells, title cell left out: {words}")]
    return ['nb = nbformat.read("this.ipynb", as_version=4)', take, "essay_words = sum(len(md.split()) for md in prose)",
            "essay_words"], [("text", str(words))]


def balta(p: Page) -> str:
    rng = p.rng
    site = "balta"
    backdate(p, LATEST_STUDY[site])
    writer = ba_writer(p.title)
    no, when = ba_no(p.index), ba_date(p.index)
    stem = ba_file(p.index, p.title)

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in items) + f"\n</{tag}>"

    pieces = shown_pieces(p, lambda v: md_anchor("h2", v), lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f"<blockquote><p>{esc(v)}</p>\n</blockquote>", listing)
    # markdown cells: headings start fresh cells; elsewhere splits fall by whim
    groups: list[list[str]] = []
    cur: list[str] = []
    for i, (kind, h) in enumerate(pieces):
        if kind == "heading" and cur:
            groups.append(cur)
            cur = []
        cur.append(h)
        nxt = pieces[i + 1][0] if i + 1 < len(pieces) else None
        if kind != "lead" and kind != "heading" and nxt == "text" and rng.random() < 0.45:
            groups.append(cur)
            cur = []
    if cur:
        groups.append(cur)
    cells: list[tuple[str, object]] = [("md", "\n".join(g_)) for g_ in groups]
    count = 1 + rng.randint(0, 2)

    def code(lines, outputs) -> tuple[str, object]:
        nonlocal count
        n = count
        count += rng.choice([1, 1, 2, 3])
        p.clutter += [f"In [{n}]:"] + ([f"Out[{n}]:"] if any(k in ("text", "html") for k, _ in outputs) else [])
        return ("code", code_cell(n, lines, outputs))

    imports = code(["import pandas as pd", "import nbformat", "%matplotlib inline"], [])
    p.clutter += ["import pandas as pd", "import nbformat", "%matplotlib inline"]
    lines, outs, said = ba_register(rng, when)
    load = code(lines, outs)
    p.clutter += said
    cells.insert(min(len(cells), 1 + rng.randint(0, 1)), load)
    kinds = rng.sample(["table", "tally", "chart", "warn"], rng.randint(1, 3))
    if carries(site, "remark", 12, p):
        kinds = ["table"] + [k for k in kinds if k != "table"]
    for kind in kinds:
        lines, outs, said = ba_analysis(kind, rng, no)
        cells.insert(rng.randint(2, max(2, len(cells))), code(lines, outs))
        p.clutter += said
    if carries(site, "remark", 12, p):
        day = when + timedelta(days=number(site, "note", p.title, mod=12, base=2))
        past = when - timedelta(days=number(site, "past", p.title, mod=9, base=1))
        note = BA_NOTES[number(site, "which", p.title, mod=len(BA_NOTES))].format(
            date=f"{day.day} {day.strftime('%B')}", past=f"{past.day} {past.strftime('%B')}", place=BA_PLACES[number(site, "place", p.title, mod=3)],
            rows=number(site, "rows", p.title, mod=40, base=3), weekday=day.strftime("%A"),
            maker=BA_MAKERS[number(site, "mk", p.title, mod=len(BA_MAKERS))])
        head, _, rest = note.partition(": ")
        cells.insert(rng.randint(2, max(2, len(cells) - 1)), ("md", f"<p><strong>{esc(head)}:</strong> {esc(rest)}</p>"))
        p.clutter.append(note)
    turn = rank_of(site, "extra", 5, p)
    if turn is not None:
        acc = f"WPSG-{2000 + number(site, 'acc', p.title, mod=17)}-{number(site, 'acn', p.title, mod=240, base=1):03d}"
        caption = BA_CAPTIONS[turn % 2].format(k=1, writer=writer, acc=acc)
        cells.insert(rng.randint(2, max(2, len(cells) - 1)),
                     ("md", f'<p><img src="img/nb{no}-fig1.jpg" alt="nb{no}-fig1.jpg"></p>\n<p><em>{esc(caption)}</em></p>'))
        p.clutter.append(caption)
    if p.refs:
        cells.append(("md", md_anchor("h2", "Sources") + "\n" + "\n".join(f"<p>{mk.replace('<i>', '<em>').replace('</i>', '</em>')}</p>" for _, mk in p.refs)))
    if carries(site, "count", 12, p):
        style = number(site, "style", writer, mod=3)
        prose_cells = sum(1 for k, _ in cells if k == "md") + 1
        lines, outs = ba_counter(style, p.words, prose_cells)
        cells.append(code(lines, outs))
        p.claimed_words = p.words
        p.clutter += lines + [o for k, o in outs if k == "stdout"]
    byline = f"{writer} \u00b7 notebook {no} \u00b7 {when.strftime('%B %Y')} \u00b7 Python 3.6, pandas 0.23"
    title_cell = ("md", md_anchor("h1", p.title) + f"\n<p><em>{esc(byline)}</em></p>")
    p.clutter.append(byline)
    lead: list[tuple[str, object]] = [title_cell]
    if carries(site, "banner", 6, p):
        order = ESSAY_PAGES[site]
        k = order.index(p.index)
        before, after = SITE_TITLES[site][k - 1] if k else None, SITE_TITLES[site][k + 1] if k + 1 < len(order) else None
        banner = f"{BA_GROUP} \u00b7 notebook {no}"
        nav = " &middot; ".join(x for x in (
            f'&larr; <a href="{ba_file(order[k - 1], before)}.html">{esc(before)}</a>' if before else "",
            '<a href="index.html">all notebooks</a>',
            f'<a href="{ba_file(order[k + 1], after)}.html">{esc(after)}</a> &rarr;' if after else "") if x)
        lead = [("md", md_anchor("h1", banner) + f"\n<p>{nav}</p>"), title_cell]
        p.clutter += [banner, "all notebooks", *[t for t in (before, after) if t]]
    cells = lead + [imports] + cells
    body = "\n".join(md_cell(c) if k == "md" else c for k, c in cells)
    meta = f"notebook {no} \u00b7 executed {when.day} {when.strftime('%b')} {when.year} \u00b7 {len(cells)} cells"
    credit = (f"Quoting this notebook? Please credit: {esc(writer.split()[1])}, {esc(writer.split()[0])} ({when.year}). "
              f"<em>{esc(p.title)}</em>. {BA_GROUP}, notebook {no}.")
    foot, said = ba_foot(rng.sample(p.others, 4), credit, when + timedelta(days=number(site, "built", p.title, mod=6)))
    p.clutter += said + [meta, BA_GROUP, "Notebooks", "The register", "Meetings", "Join us"]
    return ba_frame(stem, meta, body, foot)


def balta_index(ix: IndexPage) -> str:
    """Essayless: register-tidying notebook, or notebook listing."""
    rng = ix.rng
    when = ba_date(ix.index)
    others = rng.sample(ix.site_titles, 4)
    if ix.kind == "register":
        no = ba_no(ix.index)
        cells = [md_cell(md_anchor("h1", "Loading and tidying the register") +
                         f"\n<p><em>{esc(BA_WRITERS[0])} \u00b7 notebook {no} \u00b7 {when.strftime('%B %Y')} \u00b7 Python 3.6, pandas 0.23</em></p>"),
                 code_cell(1, ["import pandas as pd", "import datetime", "today = datetime.date.today()"], [])]
        n = 2
        steps = [
            ("<p>Read the register as exported from the spreadsheet.</p>",
             [f'register = pd.read_csv("data/register-{when:%Y-%m}-raw.csv")', "register.shape"], [("text", f"({rng.randint(700, 760)}, 12)")]),
            ("<p>Duplicate accession numbers come from the 2009 merge; keep the first.</p>",
             ['register = register.drop_duplicates("acc_no", keep="first")', "len(register)"], [("text", str(rng.randint(640, 699)))]),
            ("<p>Decades are rounded down.</p>",
             ['register["decade"] = register.year // 10 * 10', 'register["decade"].isna().sum()'], [("text", str(rng.randint(3, 40)))]),
            ("", ['register.to_csv(f"data/register-{today:%Y-%m}.csv", index=False)'], []),
        ]
        for note, lines, outs in steps:
            if note:
                cells.append(md_cell(note))
            cells.append(code_cell(n, lines, outs))
            n += rng.randint(1, 2)
        meta = f"notebook {no} \u00b7 executed {when.day} {when.strftime('%b')} {when.year} \u00b7 {len(cells)} cells"
        foot, _ = ba_foot(others, None, when)
        return ba_frame(f"{no:02d}-load-and-tidy-register", meta, "\n".join(cells), foot)
    rows = []
    for n in range(PAGES_PER_SITE, 0, -1):
        if n in ESSAY_PAGES["balta"]:
            t = ix.site_titles[ESSAY_PAGES["balta"].index(n)]
            rows.append(f'<tr><td>{ba_no(n)}</td><td><a href="{ba_file(n, t)}.html">{esc(t)}</a></td><td>{esc(ba_writer(t))}</td>'
                        f'<td>{ba_date(n).strftime("%d %b %Y")}</td></tr>')
        elif n != ix.index:
            rows.append(f'<tr><td>{ba_no(n)}</td><td><a href="{ba_no(n):02d}-load-and-tidy-register.html">Loading and tidying the register</a>'
                        f'</td><td>{esc(BA_WRITERS[0])}</td><td>{ba_date(n).strftime("%d %b %Y")}</td></tr>')
    when = ba_date(PAGES_PER_SITE) + timedelta(days=2)
    listing = ('<div class="listing">\n<h1>Notebooks</h1>\n<p>Every notebook the group has published, newest first. Each one runs '
               'from top to bottom against the current register file.</p>\n<table>\n<tr><th>No.</th><th>Title</th><th>Writer</th>'
               '<th>Executed</th></tr>\n' + "\n".join(rows) + "\n</table>\n</div>")
    foot, _ = ba_foot(others, None, when)
    return ba_frame("Notebooks", f"{len(rows)} notebooks \u00b7 list updated {when.day} {when.strftime('%b')} {when.year}", listing, foot)


# ---- 2. vementry: a typewriter collectors' circle, Emacs Org mode published with org-publish, 2017 -------------

VE_CIRCLE = "The Tingwall Platen Circle"
VE_MOTTO = "typewriters used, mended and written about"
VE_WRITERS = ["Magnus Drever", "Ishbel Kirkness", "Lowrie Sclater", "Morag Georgeson", "Tam Polson"]
VE_MACHINES = ["Hermes 3000", "Olympia SM3", "Smith-Corona Silent", "Royal Quiet De Luxe", "Adler Tippa",
               "Imperial Good Companion", "Olivetti Studio 44", "Groma Kolibri"]
VE_MADE = {"Hermes 3000": (1958, 1975), "Olympia SM3": (1954, 1962), "Smith-Corona Silent": (1940, 1958),
           "Royal Quiet De Luxe": (1939, 1958), "Adler Tippa": (1956, 1970), "Imperial Good Companion": (1932, 1962),
           "Olivetti Studio 44": (1952, 1970), "Groma Kolibri": (1958, 1970)}
VE_FACES = ["Pica", "Elite", "Techno-Elite", "Script", "Congress Elite", "Perl"]
VE_FOUND = ["a Lerwick saleroom", "a church jumble sale", "an Aberdeen junk shop", "a neighbour's loft", "an online auction",
            "the Brae car boot"]
VE_NAV = [("Home", "../index.html"), ("Essays", "index.html"), ("The machines", "../machines.html"),
          ("Ribbons and spools", "../ribbons.html"), ("Meet-ups", "../meetups.html"), ("Sitemap", "../sitemap.html")]
VE_FILED = ["Posted {date} \u00b7 {words} words \u00b7 drafted on a {machine}",
            "{words} words, first typed on the {machine}, posted {date}",
            "Filed {date} ({words} words; draft typed on a {machine})"]
VE_NOTES = [
    "Ribbon swap at the {month} meet-up: bring spare spools in a labelled bag.",
    "{member} has a {machine} wanting a new drawband; offers of help to the usual address.",
    "The Circle's loan shelf now holds a {machine}; ask at a meet-up to borrow it for a month.",
    "Type-in at the Tingwall hall on {weekday} {day}: bring paper, the kettle is ours.",
    "The platen re-rubbering order closes on {weekday} {day}; send length and diameter to {member}.",
]
VE_SUBTITLES = ["Notes for the {month} meet-up", "Talk version, Tingwall hall, {month} {year}",
                "Revised from the autumn newsletter", "With thanks to {member} for the loan of a machine"]
VE_CUT = "The second half waits for the {month} meet-up; some serial numbers still need checking."
VE_COLOPHON = ("Plain text in, org-publish out. No comment box here: post a letter to the Circle, "
               "or raise it at a meet-up.")


def ve_writer(title: str) -> str:
    return VE_WRITERS[number("vementry", "writer", title, mod=len(VE_WRITERS))]


def ve_when(index: int) -> datetime:
    day = date(2017, 1, 7) + timedelta(days=10 * index + number("vementry", "day", index, mod=4))
    return datetime(day.year, day.month, day.day, 19 + number("vementry", "h", index, mod=4), number("vementry", "m", index, mod=60))


def ve_file(title: str) -> str:
    return f"{slug(title)[:30].strip('-')}.html"


def org_id(*seed) -> str:
    return "org" + digest("vementry", "id", *seed, n=7)


def org_para(text: str, markup: str | None = None) -> str:
    """Org paragraph: buffer-filled lines, p tags alone on their lines."""
    body = markup if markup is not None else esc(textwrap.fill(text, width=70, break_long_words=False, break_on_hyphens=False))
    return f"<p>\n{body}\n</p>"


def ve_page(title: str, heading: str, writer: str, when: datetime, filed: str, content: str) -> str:
    nav = " | ".join(f'<a href="{href}">{esc(label)}</a>' for label, href in VE_NAV)
    filed_line = f'\n<p class="filed">{esc(filed)}</p>' if filed else ""
    stamp = when.strftime("%Y-%m-%d %a %H:%M")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
<head>
<!-- {stamp} -->
<meta  http-equiv="Content-Type" content="text/html;charset=utf-8" />
<meta  name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<meta  name="generator" content="Org mode" />
<meta  name="author" content="{attr(writer)}" />
<style type="text/css">
 <!--/*--><![CDATA[/*><!--*/
  .title  {{ text-align: center;
             margin-bottom: .2em; }}
  .subtitle {{ text-align: center;
              font-size: medium;
              font-weight: bold;
              margin-top:0; }}
  .todo   {{ font-family: monospace; color: red; }}
  .done   {{ font-family: monospace; color: green; }}
  #postamble p, #preamble p {{ font-size: 90%; margin: .2em; }}
  p.verse {{ margin-left: 3%; }}
  table {{ border-collapse:collapse; }}
  caption.t-above {{ caption-side: top; }}
  td, th {{ vertical-align:top;  }}
  th.org-right  {{ text-align: center;  }}
  th.org-left   {{ text-align: center;   }}
  td.org-right  {{ text-align: right;  }}
  td.org-left   {{ text-align: left;   }}
  .footpara {{ display: inline; }}
  .figure {{ padding: 1em; }}
  .figure p {{ text-align: center; }}
  /*]]>*/-->
</style>
<link rel="stylesheet" type="text/css" href="../css/platen.css" />
<script type="text/javascript">
/*
@licstart  The following is the entire license notice for the
JavaScript code in this tag.

Copyright (C) 2012-2017 Free Software Foundation, Inc.

The JavaScript code in this tag is free software: you can
redistribute it and/or modify it (GNU GPL, version 3 or later).

@licend  The above is the entire license notice
for the JavaScript code in this tag.
*/
<!--/*--><![CDATA[/*><!--*/
 function CodeHighlightOn(elem, id)
 {{
   var target = document.getElementById(id);
   if(null != target) {{
     elem.cacheClassElem = elem.className;
     elem.cacheClassTarget = target.className;
     target.className = "code-highlighted";
     elem.className   = "code-highlighted";
   }}
 }}
 function CodeHighlightOff(elem, id)
 {{
   var target = document.getElementById(id);
   if(elem.cacheClassElem)
     elem.className = elem.cacheClassElem;
   if(elem.cacheClassTarget)
     target.className = elem.cacheClassTarget;
 }}
/*]]>*///-->
</script>
</head>
<body>
<div id="preamble" class="status">
<p class="masthead"><a href="../index.html">{esc(VE_CIRCLE)}</a> <span class="motto">{esc(VE_MOTTO)}</span></p>
<p class="nav">{nav}</p>{filed_line}
</div>
<div id="content">
{heading}
{content}
</div>
<div id="postamble" class="status">
<p class="author">Author: {esc(writer)}</p>
<p class="date">Created: {stamp}</p>
<p class="creator"><a href="https://www.gnu.org/software/emacs/">Emacs</a> 25.1.1 (<a href="http://orgmode.org">Org</a> mode 9.0.5)</p>
<p class="validation"><a href="http://validator.w3.org/check?uri=referer">Validate</a></p>
<p class="colophon">{esc(VE_COLOPHON)}</p>
</div>
</body>
</html>
"""


def ve_frame_clutter(writer: str, when: datetime) -> list[str]:
    return [VE_CIRCLE, VE_MOTTO, *[label for label, _ in VE_NAV], f"Author: {writer}",
            f"Created: {when.strftime('%Y-%m-%d %a %H:%M')}", "Emacs 25.1.1 (Org mode 9.0.5)", "Validate", VE_COLOPHON]


def org_table(head: list[str], rows: list[list[str]], right: set[int]) -> str:
    cols = "".join(f'<col  class="org-{"right" if k in right else "left"}" />' for k in range(len(head)))
    th = "".join(f'<th scope="col" class="org-{"right" if k in right else "left"}">{esc(h)}</th>' for k, h in enumerate(head))
    body = "\n".join("<tr>\n" + "\n".join(f'<td class="org-{"right" if k in right else "left"}">{esc(c)}</td>' for k, c in enumerate(r)) + "\n</tr>"
                     for r in rows)
    return (f'<table border="2" cellspacing="0" cellpadding="6" rules="groups" frame="hsides">\n\n\n<colgroup>\n{cols}\n</colgroup>\n'
            f"<thead>\n<tr>\n{th}\n</tr>\n</thead>\n<tbody>\n{body}\n</tbody>\n</table>")


def vementry(p: Page) -> str:
    rng = p.rng
    site = "vementry"
    backdate(p, LATEST_STUDY[site])
    writer = ve_writer(p.title)
    when = ve_when(p.index)
    p.claimed_words = p.words
    machine = VE_MACHINES[number(site, "machine", p.title, mod=len(VE_MACHINES))]
    member = rng.choice([w for w in VE_WRITERS if w != writer])
    month = (when + timedelta(days=30)).strftime("%B")

    def listing(ordered: bool, items: list[str]) -> str:
        tag, cls = ("ol", "org-ol") if ordered else ("ul", "org-ul")
        return f'<{tag} class="{cls}">\n' + "\n".join(f"<li>{esc(i)}</li>" for i in items) + f"\n</{tag}>"

    pieces = shown_pieces(p, lambda v: v, lambda v, k: org_para(v), lambda v: f"<blockquote>\n{org_para(v)}\n</blockquote>", listing)
    n_essay = len(pieces)
    if carries(site, "remark", 12, p):
        day = when + timedelta(days=number(site, "nday", p.title, mod=20, base=5))
        note = VE_NOTES[number(site, "note", p.title, mod=len(VE_NOTES))].format(
            month=month, member=member, machine=rng.choice([m for m in VE_MACHINES if m != machine]),
            weekday=day.strftime("%A"), day=f"{day.day} {day.strftime('%B')}")
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("block", f'<div class="NOTE">\n{org_para(note)}\n\n</div>'))
        p.clutter.append(note)
    turn = rank_of(site, "extra", 5, p)
    if turn is not None:
        stem = f"{slug(machine)}-{number(site, 'img', p.title, mod=90, base=10)}"
        caption = (f"The {machine} this was drafted on, photographed by {writer}." if turn % 2 == 0
                   else f"Type sample from a {machine}, Tingwall hall, {when.year - 1}.")
        fig = (f'<div id="{org_id(p.title, "fig")}" class="figure">\n<p><img src="../img/{stem}.jpg" alt="{stem}.jpg" />\n</p>\n'
               f'<p><span class="figure-number">Figure 1: </span>{esc(caption)}</p>\n</div>')
        slot_in(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("block", fig))
        p.clutter += [f"Figure 1: {caption}", caption]
    if carries(site, "card", 8, p):
        rows = []
        for m in [machine] + rng.sample([x for x in VE_MACHINES if x != machine], rng.randint(1, 2)):
            serial = f"{rng.randint(1, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
            rows.append([m, rng.choice(VE_FACES), serial, f"{rng.choice(VE_FOUND)}, {rng.randint(2009, when.year - 1)}"])
            p.clutter += [serial, rows[-1][3]]
        table = org_table(["Machine", "Typeface", "Serial", "Found"], rows, {2})
        if placed_before(site, "card", p):
            slot_in(pieces, 1, ("block", table))
        else:
            pieces.append(("block", table))
        p.clutter.append("Typeface")
    if p.cut is not None:
        cut = VE_CUT.format(month=month)
        pieces.append(("text", org_para(cut, f"<i>{esc(cut)}</i>")))
        p.clutter.append(cut)
    # Org: pre-headline text sits loose in #content; each headline gets a container
    sections: list[tuple[str | None, list[str]]] = [(None, [])]
    for kind, h in pieces:
        if kind == "heading":
            sections.append((h, []))
        else:
            sections[-1][1].append(h)
    if p.cut is None and p.refs:
        sections.append(("Sources", [org_para(plain, mk) for plain, mk in p.refs]))
    see = rng.sample(p.others, 3)
    sections.append(("See also", ['<ul class="org-ul">\n' + "\n".join(f'<li><a href="{ve_file(t)}">{esc(t)}</a></li>' for t in see) + "\n</ul>"]))
    p.clutter += ["See also", *see]
    out = ["\n".join(sections[0][1])] if sections[0][1] else []
    for k, (head, body) in enumerate(sections[1:], 1):
        oid = org_id(p.title, k)
        out.append(f'<div id="outline-container-{oid}" class="outline-2">\n<h2 id="{oid}">{esc(head)}</h2>\n'
                   f'<div class="outline-text-2" id="text-{oid}">\n' + "\n\n".join(body) + "\n</div>\n</div>")
    heading = f'<h1 class="title">{esc(p.title)}</h1>'
    subtitle = None
    if p.cut is not None:
        subtitle = "First of two parts"
    elif carries(site, "subtitle", 7, p, among=[n for n in ESSAY_PAGES[site] if n not in CUT_PAGES[site]]):
        subtitle = VE_SUBTITLES[number(site, "sub", p.title, mod=len(VE_SUBTITLES))].format(month=when.strftime("%B"), year=when.year, member=member)
    if subtitle:
        heading = f'<h1 class="title">{esc(p.title)}<br />\n<span class="subtitle">{esc(subtitle)}</span>\n</h1>'
        p.clutter.append(subtitle)
    filed = VE_FILED[number(site, "filed", writer, mod=len(VE_FILED))].format(
        date=f"{when.day} {when.strftime('%B %Y')}", words=p.words, machine=machine)
    p.clutter += [filed, *ve_frame_clutter(writer, when)]
    return ve_page(p.title, heading, writer, when, filed, "\n".join(out))


def vementry_index(ix: IndexPage) -> str:
    """Essayless: machine register (Org table), or org-publish sitemap."""
    when = ve_when(ix.index)
    writer = VE_WRITERS[0]
    rng = ix.rng
    if ix.kind == "machines":
        rows = []
        for k in range(18):
            m = VE_MACHINES[k % len(VE_MACHINES)]
            rows.append([m, rng.choice(VE_FACES), str(rng.randint(*VE_MADE[m])), rng.choice(VE_WRITERS), rng.choice(["on loan", "kept", "for repair", "for sale"])])
        intro = org_para("Every machine the Circle owns or looks after, with its keeper. Ask at a meet-up before borrowing one.")
        content = intro + "\n" + org_table(["Machine", "Typeface", "Made", "Keeper", "Status"], rows, {2})
        return ve_page("The machines", '<h1 class="title">The machines</h1>', writer, when, "", content)
    items = []
    for n in ESSAY_PAGES["vementry"]:
        t = ix.site_titles[ESSAY_PAGES["vementry"].index(n)]
        items.append(f'<li><a href="essays/{ve_file(t)}">{esc(t)}</a></li>')
    items += ['<li><a href="machines.html">The machines</a></li>', '<li><a href="ribbons.html">Ribbons and spools</a></li>',
              '<li><a href="meetups.html">Meet-ups</a></li>']
    content = '<ul class="org-ul">\n' + "\n".join(items) + "\n</ul>"
    return ve_page("Sitemap", '<h1 class="title">Sitemap</h1>', writer, when, "", content)


# ---- 3. oxna: a perfume history newsletter, the web edition of a beehiiv publication, 2024 ----------------------

OX_PUB = "The Drydown"
OX_HOST = "https://thedrydown.beehiiv.com"
OX_WRITER = "Imogen Thomason"
OX_GUESTS = ["Kit Ollason", "Saffron Goodlad", "Anouk Jeromson"]
OX_TAGLINE = "A weekly letter about perfume's past, written at a kitchen table in Hillswick."
OX_GREETINGS = [
    "Good morning from Hillswick, where the wind has been blowing sideways since {weekday}.",
    "Hello again, noses. A warm welcome to the {new} of you who signed up since the last issue.",
    "Morning, all. I am writing this with a cardamom tea going cold beside me, which seems fitting for this week.",
    "Hello from a grey {weekday}. Thank you for last week's replies; each got read twice.",
    "Good morning. The sample box finally arrived, so expect a few wrists smelling of something new.",
]
OX_SPONSORS = [
    ("Strip and Vial", "Twelve vintage reformulations in two-millilitre vials, posted monthly. Drydown readers pay half for their first box.",
     "Claim the half-price box"),
    ("The Evening Nose", "An eight-week online course in smelling like a perfumer, taught in the evenings, from \u00a3140.", "See the course"),
    ("Decantery", "Try a sniff before you buy the bottle: decants of discontinued classics, posted from Leith.", "Browse the decants"),
    ("Hillswick Candle Works", "Hand-poured candles scented with the same raw materials as the perfumes in this letter.", "Visit the workshop"),
]
OX_COUNTS = ["Today's long read runs to {words} words, about {minutes} minutes with a cup of something.",
             "This one is {words} words long. Pour something first.",
             "{words} words ahead of you; the scent strips are optional."]
OX_BOTTLES = [("Fenland Vetiver", "2019", "dry, smoky and far better than its price"),
              ("Salt Marsh No 2", "2021", "an odd blend of seaweed and iris that I keep reaching for"),
              ("Orris at Noon", "2016", "powdery at first, then surprisingly green"),
              ("Cedar Ledger", "2022", "pencil shavings and a little honey"),
              ("Winter Quince", "2018", "fruit on top, a soft leathery base"),
              ("Lichen Study", "2020", "damp stone after rain, lasting all day")]
OX_HOUSES = ["Maison Rendlesham", "Atelier Brae", "Ebbsfleet Perfumery", "Carrow and Dunn"]
OX_LINKS = ["A chemist explains why citrus notes vanish first",
            "Inside a Grasse flower farm at harvest time",
            "The auction where a 1920s bottle fetched a small fortune",
            "How museums keep old perfumes from going off",
            "Why so many modern scents smell of ambroxan",
            "A perfumer's notebook from the 1950s, scanned in full",
            "What happens to a fragrance when it is reformulated",
            "The surprising history of the atomiser bulb",
            "An interview with a bottle designer",
            "Smelling the past: a lab recreates a Roman scent"]
OX_TEASERS = ["On {x}, and what the bottles actually tell us", "{X}, reconsidered over a slow coffee",
              "Notes on {x} for the curious nose", "What {x} owed to chemistry, money and luck"]
OX_POLL = ("How did today's issue smell?", ["Top notes all the way", "Pleasant, but it faded fast", "Not my scent"])
OX_COMMENTERS = ["Ros M", "perfumed_pen", "Daniel K", "Margaret Laurie", "oudlover", "Jess T"]
OX_COMMENTS = [
    "This sent me straight to my mother's dressing table drawer. She still has a bottle from the seventies.",
    "Lovely issue. Any chance of an issue on bottle design?",
    "News to me entirely. Forwarding to my sister, who will pretend she knew already.",
    "Slight quibble with the dates, but I enjoyed every word.",
    "The bit about prices made me laugh. Nothing has changed.",
    "Saving this one to read again properly at the weekend.",
]
OX_WALL = ["Drydown Premium unlocks everything below.",
           "Premium subscribers get this essay in full, plus the whole archive and a sample swap twice a year.",
           "Upgrade", "Already paying for Premium?", "Log in", "A Premium essay every other Thursday",
           "Every past issue, searchable", "Two sample swaps a year"]
OX_FOOT = [OX_PUB, OX_TAGLINE, f"\u00a9 2024 {OX_PUB}.", "Privacy policy", "Terms of use", "Powered by beehiiv"]


def ox_issue(index: int) -> int:
    return 60 + index


def ox_date(index: int) -> date:
    return date(2024, 1, 11) + timedelta(days=7 * index)


def ox_writer(title: str, index: int) -> str:
    if carries("oxna", "guest", 3, _Stub(index)):
        return OX_GUESTS[number("oxna", "guest", title, mod=len(OX_GUESTS))]
    return OX_WRITER


class _Stub:
    """Page stand-in for seeded draws; index only."""

    def __init__(self, index: int):
        self.index = index


def ox_teaser(title: str) -> str:
    x = ESSAYS_BY_TITLE[title]["card"]["x"]
    return OX_TEASERS[number("oxna", "teaser", title, mod=len(OX_TEASERS))].format(x=x, X=cap(x))


def ox_subject(title: str, index: int) -> str:
    if ox_writer(title, index) != OX_WRITER:
        return f"Guest issue: {title}"
    style = number("oxna", "subject", title, mod=4)
    if style == 3 and index in CUT_PAGES["oxna"]:  # a paywalled issue has no bottle of the week to announce
        style = 0
    return [title, f"{title} \U0001F33F", f"No. {ox_issue(index)}: {title}", f"{title} (and a bottle of the week)"][style]


def ox_url(title: str) -> str:
    return f"{OX_HOST}/p/{slug(title)[:40].strip('-')}"


def ox_page(subject: str, teaser: str, writer: str, when: date, badge: bool, blocks: str, after: str, related: str) -> str:
    who = slug(writer)
    ctx = json.dumps({"state": {"loaderData": {"routes/p/$slug": {"post": {"web_title": subject, "slug": slug(subject)[:40],
                                                                          "audience": "premium" if badge else "free"}}}}},
                     separators=(",", ":"))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width,initial-scale=1"/>
<title>{esc(subject)} | {esc(OX_PUB)}</title>
<meta name="description" content="{attr(teaser)}"/>
<meta property="og:title" content="{attr(subject)}"/>
<meta property="og:site_name" content="{esc(OX_PUB)}"/>
<meta name="twitter:card" content="summary_large_image"/>
<link rel="preconnect" href="https://media.beehiiv.com"/>
<link rel="stylesheet" href="/build/_assets/tailwind-6QXKZ3TA.css"/>
<link rel="modulepreload" href="/build/entry.client-L3YB2WQH.js"/>
</head>
<body>
<div class="min-h-screen bg-wt-background">
<header class="sticky top-0 z-20 w-full border-b border-wt-border bg-wt-background">
<nav class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
<a class="flex items-center gap-x-2" href="/"><img class="h-8 w-8 rounded" src="https://media.beehiiv.com/cdn-cgi/image/fit=scale-down,format=auto,onerror=redirect,quality=80/uploads/publication/logo/{digest('oxna', 'logo', n=8)}-{digest('oxna', 'logo2', n=4)}/drydown.png" alt="{esc(OX_PUB)}"/><span class="font-semibold">{esc(OX_PUB)}</span></a>
<div class="flex items-center gap-x-4 text-sm"><a href="/">Home</a><a href="/archive">Posts</a><a href="/upgrade">Premium</a><a href="/login">Login</a><a class="rounded-wt bg-wt-primary px-3 py-1.5 text-wt-text-on-primary" href="/subscribe">Subscribe</a></div>
</nav>
</header>
<main class="mx-auto w-full max-w-2xl px-4 pb-16 pt-10">
<div class="flex flex-col gap-y-3">
{'<span class="w-fit rounded-full bg-wt-tertiary px-2 py-0.5 text-xs font-semibold uppercase">Premium</span>' if badge else ''}
<h1 class="text-3xl font-bold text-wt-text-on-background">{esc(subject)}</h1>
<h2 class="text-lg text-wt-text-on-background opacity-75">{esc(teaser)}</h2>
<div class="flex items-center gap-x-3"><img class="h-10 w-10 rounded-full" src="https://media.beehiiv.com/cdn-cgi/image/fit=scale-down,format=auto,onerror=redirect,quality=80/uploads/user/profile_picture/{digest('oxna', who, n=8)}/{who}.jpg" alt="Author"/>
<div class="flex flex-col text-sm"><a class="font-semibold" href="/authors/{who}">{esc(writer)}</a><time datetime="{when.isoformat()}">{when.strftime('%B')} {when.day}, {when.year}</time></div></div>
</div>
<div class="rendered-post mt-8" id="content-blocks">
{blocks}
</div>
{after}
{related}
</main>
<footer class="border-t border-wt-border">
<div class="mx-auto flex max-w-6xl flex-col items-center gap-y-3 px-4 py-10 text-center text-sm">
<p class="font-semibold">{esc(OX_PUB)}</p>
<p>{esc(OX_TAGLINE)}</p>
<div class="flex gap-x-4"><a href="/">Home</a><a href="/archive">Posts</a><a href="/authors">Authors</a></div>
<p>\u00a9 2024 {esc(OX_PUB)}.</p>
<div class="flex gap-x-4"><a href="/privacy">Privacy policy</a><a href="/tos">Terms of use</a></div>
<a class="opacity-60" href="https://www.beehiiv.com/?utm_source=thedrydown&amp;utm_medium=footer">Powered by beehiiv</a>
</div>
</footer>
</div>
<script>window.__remixContext = {ctx};</script>
<script src="/build/entry.client-L3YB2WQH.js" type="module" async=""></script>
</body>
</html>
"""


def ox_p(text: str, style: str = "") -> str:
    return f'<p class="paragraph" style="text-align:left;{style}">{text}</p>'


def ox_related(others: list[str]) -> tuple[str, list[str]]:
    cards, said = [], ["Keep Reading"]
    for t in others:
        i = ESSAY_PAGES["oxna"][SITE_TITLES["oxna"].index(t)]
        d = ox_date(i)
        subject, teaser, when = ox_subject(t, i), ox_teaser(t), f"{d.strftime('%b')} {d.day}, {d.year}"
        cards.append(f'<a class="flex flex-col gap-y-1 rounded-wt border border-wt-border p-4" href="{ox_url(t)}">'
                     f'<h3 class="font-semibold">{esc(subject)}</h3><p class="text-sm opacity-75">{esc(teaser)}</p>'
                     f'<time class="text-xs" datetime="{d.isoformat()}">{when}</time></a>')
        said += [subject, teaser, when]
    return ('<section class="mt-16"><h2 class="mb-4 text-xl font-bold">Keep Reading</h2><div class="grid gap-4 sm:grid-cols-3">'
            + "".join(cards) + "</div></section>"), said


def oxna(p: Page) -> str:
    rng = p.rng
    site = "oxna"
    backdate(p, LATEST_STUDY[site])
    writer = ox_writer(p.title, p.index)
    when = ox_date(p.index)
    p.claimed_words = p.words
    first = writer.split()[0]

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>" + "".join(f'<li>{ox_p(esc(i))}</li>' for i in items) + f"</{tag}>"

    pieces = shown_pieces(p, lambda v: f'<h3 class="heading" style="text-align:left;" id="{slug(v)[:40]}">{esc(v)}</h3>',
                          lambda v, k: ox_p(esc(v)), lambda v: f'<blockquote class="blockquote">{ox_p(esc(v))}</blockquote>', listing)
    n_essay = len(pieces)
    turn = rank_of(site, "extra", 5, p)
    if turn is not None:
        caption = ("Bottles from my shelf, photographed on the kitchen windowsill." if turn % 2 == 0
                   else f"An old advertisement from my collection, scanned for issue {ox_issue(p.index)}.")
        img = (f'<div class="image"><img alt="" class="image__image" src="https://media.beehiiv.com/cdn-cgi/image/fit=scale-down,format=auto,'
               f'onerror=redirect,quality=80/uploads/asset/file/{digest(site, "img", p.title, n=8)}/image.png"/>'
               f'<div class="image__source"><span class="image__source_text"><p>{esc(caption)}</p></span></div></div>')
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("block", img))
        p.clutter.append(caption)
    top: list[str] = []
    greet = OX_GREETINGS[number(site, "greet", p.title, mod=len(OX_GREETINGS))].format(
        weekday=(when - timedelta(days=3)).strftime("%A"), new=number(site, "new", p.title, mod=300, base=40))
    top.append(ox_p(esc(greet)))
    p.clutter.append(greet)
    contents = [p.title] if p.cut is None else [f"{p.title} (Premium)"]
    bottle = OX_BOTTLES[number(site, "bottle", p.title, mod=len(OX_BOTTLES))]
    house = OX_HOUSES[number(site, "house", p.title, mod=len(OX_HOUSES))]
    if p.cut is None:
        contents += [f"Bottle of the week: {house} {bottle[0]}", "Three links worth a sniff", "A quick poll"]
    top.append(ox_p("<b>In today's issue:</b>"))
    top.append("<ul>" + "".join(f"<li>{ox_p(esc(c))}</li>" for c in contents) + "</ul>")
    p.clutter += ["In today's issue:", *contents]
    if carries(site, "remark", 12, p):
        name, ad, button = OX_SPONSORS[number(site, "sponsor", p.title, mod=len(OX_SPONSORS))]
        top += ['<hr class="content_break"/>', f'<h4 class="heading" style="text-align:center;">Presented by {esc(name)}</h4>', ox_p(esc(ad)),
                f'<div class="button" style="text-align:center;"><a class="button__link" href="https://example.com/?utm_source=drydown" '
                f'rel="noopener noreferrer nofollow" target="_blank"><span class="button__text">{esc(button)}</span></a></div>',
                '<hr class="content_break"/>']
        p.clutter += [f"Presented by {name}", ad, button]
    if writer != OX_WRITER:
        count = f"Guest issue: {p.words} words from {writer}, who collects bottles and the stories behind them."
    else:
        count = OX_COUNTS[number(site, "count", p.title, mod=len(OX_COUNTS))].format(words=p.words, minutes=max(2, round(p.words / 200)))
    top.append(ox_p(f"<i>{esc(count)}</i>"))
    top.append('<h3 class="heading" style="text-align:left;" id="the-long-sniff">The long sniff</h3>')
    p.clutter += [count, "The long sniff"]
    body = [h for _, h in pieces]
    after_blocks: list[str] = []
    if p.cut is not None:
        body.append('<div class="paywall"><h3 class="heading">' + esc(OX_WALL[0]) + "</h3>" + ox_p(esc(OX_WALL[1]))
                    + f'<a class="button__link" href="/upgrade">{OX_WALL[2]}</a>' + ox_p(f'{esc(OX_WALL[3])} <a href="/login">{OX_WALL[4]}</a>')
                    + "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in OX_WALL[5:]) + "</ul></div>")
        p.clutter += [OX_WALL[0], OX_WALL[1], f"{OX_WALL[3]} {OX_WALL[4]}", *OX_WALL[5:]]
    else:
        if p.refs:
            body.append('<h3 class="heading" style="text-align:left;" id="further-sniffing">Further sniffing</h3>')
            body += [ox_p(mk) for _, mk in p.refs]
        said = f"{house} {bottle[0]} ({bottle[1]}): {bottle[2]}."
        after_blocks += ['<hr class="content_break"/>', '<h3 class="heading" style="text-align:left;" id="bottle-of-the-week">Bottle of the week</h3>',
                         ox_p(esc(said))]
        p.clutter += ["Bottle of the week", said]
        k = ESSAY_PAGES[site].index(p.index)
        if k:
            prev = SITE_TITLES[site][k - 1]
            line = next((m for m in ESSAYS_BY_TITLE[prev]["mids"] if only_in(m, prev)), None)
            if line:
                after_blocks.append(ox_p(f'<b>Previously:</b> \u201c{esc(line)}\u201d, from <a href="{ox_url(prev)}">{esc(prev)}</a>.'))
                p.clutter += [line, "Previously:", prev]
        links = rng.sample(OX_LINKS, 3)
        after_blocks += ['<h3 class="heading" style="text-align:left;" id="three-links">Three links worth a sniff</h3>',
                         "<ol>" + "".join("<li>" + ox_p(f'<a href="https://example.org/{slug(x)[:30]}">{esc(x)}</a>') + "</li>" for x in links) + "</ol>"]
        p.clutter += links
        question, options = OX_POLL
        after_blocks.append('<div class="poll"><h3 class="heading">' + esc(question) + "</h3>"
                            + "".join(f'<button class="poll__option" type="button">{esc(o)}</button>' for o in options)
                            + ox_p("Login or Subscribe to participate in polls.") + "</div>")
        p.clutter += [question, *options, "Login or Subscribe to participate in polls."]
        sign = f"Until next Thursday, {first}"
        ps = "P.S. Hit reply and tell me which bottle deserves an issue of its own. I answer everything, eventually."
        after_blocks += [ox_p(esc(sign)), ox_p(esc(ps))]
        p.clutter += [sign, ps]
    blocks = "\n".join(top + body + after_blocks)
    after = ""
    if p.cut is None and carries(site, "comments", 8, p, among=[n for n in ESSAY_PAGES[site] if n not in CUT_PAGES[site]]):
        k = 1 + number(site, "ncom", p.title, mod=3)
        who = random.Random(f"set38:{SEED}:oxna:who:{p.title}").sample(OX_COMMENTERS, k)
        said = random.Random(f"set38:{SEED}:oxna:said:{p.title}").sample(OX_COMMENTS, k)
        items = ""
        for j, (name, text) in enumerate(zip(who, said)):
            ago = f"{1 + number(site, 'ago', p.title, j, mod=6)}{['d', 'h'][number(site, 'unit', p.title, j, mod=2)]}"
            items += (f'<li class="comment"><div class="comment__head"><span class="font-semibold">{esc(name)}</span> '
                      f'<span class="opacity-60">{ago}</span></div>{ox_p(esc(text))}<div class="comment__actions">Reply</div></li>')
            p.clutter += [text, f"{name} {ago}"]
        after = (f'<section class="mt-12"><h3 class="text-lg font-bold">{plural(k, "Comment")}</h3>'
                 f'<p class="text-sm">Login or Subscribe to join the conversation.</p><ul>{items}</ul></section>')
        p.clutter += [plural(k, "Comment"), "Login or Subscribe to join the conversation."]
    related, said = ox_related(rng.sample(p.others, 3))
    subject, teaser = ox_subject(p.title, p.index), ox_teaser(p.title)
    p.clutter += said + [subject, teaser, writer, f"{when.strftime('%B')} {when.day}, {when.year}", "Subscribe", *OX_FOOT]
    return ox_page(subject, teaser, writer, when, p.cut is not None or carries(site, "badge", 4, p), blocks, after, related)


def oxna_index(ix: IndexPage) -> str:
    """Essayless housekeeping issue, newsletter dress."""
    when = ox_date(ix.index)
    back = when + timedelta(days=7)
    rng = ix.rng
    top = [ox_p(esc(OX_GREETINGS[1].format(weekday=when.strftime("%A"), new=rng.randint(40, 300)))),
           ox_p("A short one this week, I'm afraid. The essay I promised needs another week in the library, and I would "
                "rather send it late than half-sniffed."),
           ox_p(f"Normal service resumes on the {back.day}th. Premium readers will get the swap list by the weekend."),
           '<h3 class="heading" style="text-align:left;" id="three-links">Three links worth a sniff</h3>',
           "<ol>" + "".join(f'<li>{ox_p(esc(x))}</li>' for x in rng.sample(OX_LINKS, 3)) + "</ol>",
           ox_p("Until next Thursday, Imogen")]
    related, _ = ox_related(rng.sample(ix.site_titles, 3))
    return ox_page(f"A short one: back on the {back.day}th", "Housekeeping, three links and a promise", OX_WRITER, when, False,
                   "\n".join(top), "", related)


# ---- 4. hildasay: a glass society's journal, Qwik City server output over Storyblok content, 2025 ---------------

HI_SOC = "Levenwick Glass Society"
HI_HOST = "https://levenwickglass.org.uk"
HI_SPACE = "301772"
HI_WRITERS = ["Rhona Fullerton", "Euan Moar", "Petra Stove", "Nell Crossley", "Hamish Denby"]
HI_CATEGORIES = ["Techniques", "Makers", "Objects", "Places", "Science"]
HI_KICKERS = ["Object in focus", "Long read", "Makers' lives", "Member's essay"]
HI_DEKS = ["{X}, and what the furnace records leave out.", "A fresh look at {x}, {period}.",
           "Why {x} still divides collectors.", "{X}: the people behind the name."]
HI_NAV = [("Journal", "/journal/"), ("Collection", "/collection/"), ("Furnace days", "/furnace-days/"), ("Visit", "/visit/"),
          ("Join and give", "/join/")]
HI_SPEAKERS = [("Ola Umphray", "bottle seals from Lerwick middens"), ("Vaila Odie", "lampworked beads"),
               ("Bryony Inkpen", "the float glass of the herring fleet"), ("Sandy Butterworth", "cutting and engraving at home")]
HI_CALLOUTS = [
    "Next furnace day: {weekday} {day}, 10am to 4pm at the Net Store studio. Watch a gather taken and blow a float to carry home.",
    "Members' handling session on {weekday} {day}: bring one glass from home; together we attempt a date.",
    "The lampworking bench is booked until {day}; join the waiting list at reception.",
    "Talk at the Net Store on {weekday} {day}: {speaker} on {topic}. Free to members, \u00a35 on the door.",
]
HI_CAPTIONS = ["Goblet, Society handling collection. Photo: {writer}.",
               "Detail of a panel in the Net Store window, photographed in {month}."]
HI_WALL = ["Membership opens the remainder.",
           "Members read every Journal essay in full, receive the printed Gather twice a year and come to furnace days free.",
           "Join from \u00a328 a year", "Already a member?", "Sign in"]
HI_SIGNUP = ("Get the Journal by email", "One essay a month and the furnace-day dates, nothing else.", "Sign up")
HI_CONSENT = ("Mind if we count this visit?",
              "With your permission we measure which essays get read, using our own analytics; nothing goes to advertisers.",
              "Accept", "Decline")
HI_SHARE = ["Share this essay", "Email", "Bluesky", "Facebook", "Copy link"]
HI_FOOT = [f"{HI_SOC}: Scottish charity SC049317.", "The Net Store, Levenwick, Shetland ZE2 9HX",
           "Open Thursday to Sunday, 11am to 4pm", "Privacy", "Accessibility", "Cookie settings", f"\u00a9 2025 {HI_SOC}"]
HI_STYLE = {"shell": "\u2b50\ufe0f8zr9dd-0", "article": "\u2b50\ufe0fq3k1wa-1", "card": "\u2b50\ufe0fm0t6xe-2", "blok": "\u2b50\ufe0fc7hy2n-3"}


def hi_writer(title: str) -> str:
    return HI_WRITERS[number("hildasay", "writer", title, mod=len(HI_WRITERS))]


def hi_date(index: int) -> date:
    return date(2025, 1, 14) + timedelta(days=8 * index + number("hildasay", "day", index, mod=3))


def hi_category(title: str) -> str:
    return HI_CATEGORIES[number("hildasay", "cat", title, mod=len(HI_CATEGORIES))]


def hi_dek(title: str) -> str:
    card = ESSAYS_BY_TITLE[title]["card"]
    return HI_DEKS[number("hildasay", "dek", title, mod=len(HI_DEKS))].format(x=card["x"], X=cap(card["x"]), period=card["period"])


def hi_url(title: str) -> str:
    return f"/journal/{slug(title)[:44].strip('-')}/"


def hi_asset(*seed, name: str = "photo", size: str = "1600x1067") -> str:
    return f"https://a.storyblok.com/f/{HI_SPACE}/{size}/{digest('hildasay', 'asset', *seed, n=10)}/{name}.jpg/m/960x0/filters:quality(75)"


class QwikIds:
    """Qwik q:id counter, per render."""

    def __init__(self):
        self.n = 1  # 0 and 1 belong to the document and body wrappers

    def __call__(self) -> int:
        self.n += 1
        return self.n


def blok(qid: QwikIds, name: str, inner: str, tag: str = "div", cls: str = "") -> str:
    """Storyblok blok markup: data-blok attributes, Qwik virtual-node comment around it."""
    uid = f"{digest('hildasay', 'uid', name, inner[:40], n=8)}-{digest('hildasay', 'uid2', inner[:60], n=4)}"
    story = 400000000 + number("hildasay", "story", inner[:50], mod=90000000)
    data = attr(json.dumps({"name": name, "space": HI_SPACE, "uid": uid, "id": str(story)}, separators=(",", ":")))
    n = qid()
    return (f"<!--qv q:id={n} q:key={name[:2]}_{n} q:sstyle={HI_STYLE['blok']}-->"
            f'<{tag} class="{HI_STYLE["blok"]} blok-{name}{" " + cls if cls else ""}" data-blok-c="{data}" data-blok-uid="{story}-{uid}">'
            f"{inner}</{tag}><!--/qv-->")


def hi_page(title: str, qid: QwikIds, main: str, consent: bool, instance: str) -> str:
    sh = HI_STYLE["shell"]
    nav = "".join(f'<li class="{sh}"><a class="{sh}" href="{href}" q:key="nv_{k}">{esc(label)}</a></li>' for k, (label, href) in enumerate(HI_NAV))
    foot = "".join(f'<p class="{sh}">{esc(x)}</p>' for x in HI_FOOT[:3])
    links = "".join(f'<a class="{sh}" href="/{slug(x)}/">{esc(x)}</a>' for x in HI_FOOT[3:6])
    banner = ""
    if consent:
        head, text, yes, no = HI_CONSENT
        banner = (f'<!--qv q:id={qid()} q:key=Cs_0--><div class="{sh} consent" role="dialog" aria-live="polite"><p class="{sh}"><strong>{esc(head)}</strong> '
                  f'{esc(text)}</p><button class="{sh}" type="button" on:click="q-7hd2c1xa.js#s_accept">{yes}</button>'
                  f'<button class="{sh}" type="button" on:click="q-7hd2c1xa.js#s_decline">{no}</button></div><!--/qv-->')
    state = json.dumps({"refs": {"4": "0 1"}, "ctx": {}, "objs": [{"open": "2"}, "\u0012", False, title[:30]], "subs": []},
                       separators=(",", ":"))
    return f"""<!DOCTYPE html><html lang="en-GB" q:container="paused" q:version="1.5.7" q:render="ssr" q:base="/build/" q:locale="" q:manifest-hash="3y6q8a" q:instance="{instance}"><!--qv q:id=0 q:key=OJ_0--><!--qv q:key=5v_0--><head q:head><meta charset="utf-8" q:head><title q:head>{esc(title)}</title><meta name="viewport" content="width=device-width, initial-scale=1.0" q:head><link rel="canonical" href="{HI_HOST}" q:head><link rel="icon" type="image/svg+xml" href="/favicon.svg" q:head><link rel="modulepreload" href="/build/q-5b1f7c2e.js"><link rel="modulepreload" href="/build/q-7hd2c1xa.js"><style q:style="8zr9dd-0" hidden>.{sh}{{font-family:"Source Serif 4",Georgia,serif}}.site-header.{sh}{{display:flex;justify-content:space-between}}</style><style q:style="q3k1wa-1" hidden>.prose.{HI_STYLE['article']} p{{margin:0 0 1.1em}}</style></head><!--/qv--><body lang="en"><!--qv q:id=1 q:key=Jf_0 q:sstyle={sh}--><a class="{sh} skip" href="#main">Skip to content</a><header class="{sh} site-header" q:key="hd_1"><a class="{sh} logo" href="/"><img class="{sh}" src="https://a.storyblok.com/f/{HI_SPACE}/240x80/0d9a51c3e7/lgs-logo.svg" width="120" height="40" alt="{HI_SOC}"></a><nav class="{sh}" aria-label="Main"><ul class="{sh}">{nav}</ul></nav><a class="{sh} button" href="/members/sign-in/">Member sign-in</a><button class="{sh} search" type="button" aria-label="Search" on:click="q-5b1f7c2e.js#s_search"><svg class="{sh}" width="20" height="20" viewBox="0 0 20 20"><circle cx="9" cy="9" r="6"></circle></svg></button></header><main id="main" class="{sh}" q:key="mn_2">{main}</main><footer class="{sh} site-footer" q:key="ft_3">{foot}<nav class="{sh}" aria-label="Footer">{links}</nav><p class="{sh}">{esc(HI_FOOT[6])}</p></footer>{banner}<!--/qv--><script type="qwik/json">{state}</script><script q:func="qwik/json">document["qFuncs_{instance}"]=[];</script><script id="qwikloader">((e,t)=>{{const n="__q_context__",o=window,s=new Set;const c=t=>e.querySelectorAll(t);o.qwikevents={{push:(...e)=>e.forEach(e=>s.add(e))}}}})(document);</script></body><!--/qv--></html>
"""


def hi_cards(others: list[str], qid: QwikIds) -> tuple[str, list[str]]:
    cs = HI_STYLE["card"]
    cards, said = [], ["Also in the Journal"]
    for t in others:
        i = ESSAY_PAGES["hildasay"][SITE_TITLES["hildasay"].index(t)]
        d = hi_date(i)
        when = f"{d.day} {d.strftime('%B %Y')}"
        cards.append(f'<!--qv q:id={qid()} q:key=Cd_{i}--><article class="{cs} card"><a class="{cs}" href="{hi_url(t)}">'
                     f'<img class="{cs}" src="{hi_asset(t, "card", size="800x533")}" alt="" loading="lazy" width="400" height="266">'
                     f'<span class="{cs} tag">{esc(hi_category(t))}</span><h3 class="{cs}">{esc(t)}</h3><p class="{cs}">{esc(hi_dek(t))}</p>'
                     f'<time class="{cs}" datetime="{d.isoformat()}">{when}</time></a></article><!--/qv-->')
        said += [t, hi_dek(t), when]
    return (f'<section class="{cs} related"><h2 class="{cs}">Also in the Journal</h2><div class="{cs} grid">' + "".join(cards)
            + "</div></section>"), said


def hildasay(p: Page) -> str:
    rng = p.rng
    site = "hildasay"
    backdate(p, LATEST_STUDY[site])
    writer = hi_writer(p.title)
    when = hi_date(p.index)
    qid = QwikIds()
    art = HI_STYLE["article"]

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f'<{tag} class="{art}">' + "".join(f'<li class="{art}"><p class="{art}">{esc(i)}</p></li>' for i in items) + f"</{tag}>"

    pieces = shown_pieces(p, lambda v: f'<h2 class="{art}" id="{slug(v)[:40]}">{esc(v)}</h2>', lambda v, k: f'<p class="{art}">{esc(v)}</p>',
                          lambda v: f'<blockquote class="{art}"><p class="{art}">{esc(v)}</p></blockquote>', listing)
    n_essay = len(pieces)
    if p.cut is None and carries(site, "pullquote", 9, p, among=[n for n in ESSAY_PAGES[site] if n not in CUT_PAGES[site]]):
        line = p.essay["links"][1] if len(p.essay["links"]) > 1 else p.essay["links"][0]
        at = next(k for k, (_, h) in enumerate(pieces) if esc(line) in h)
        slot_in(pieces, min(len(pieces) - 1, at + 2), ("block", blok(qid, "pull_quote", f'<p class="{art}">\u201c{esc(line)}\u201d</p>', tag="aside")))
    if carries(site, "remark", 12, p):
        day = when + timedelta(days=number(site, "cday", p.title, mod=25, base=6))
        speaker, topic = HI_SPEAKERS[number(site, "speaker", p.title, mod=len(HI_SPEAKERS))]
        said = HI_CALLOUTS[number(site, "callout", p.title, mod=len(HI_CALLOUTS))].format(
            weekday=day.strftime("%A"), day=f"{day.day} {day.strftime('%B')}", speaker=speaker, topic=topic)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("block", blok(qid, "callout", f'<p class="{art}">{esc(said)}</p>')))
        p.clutter.append(said)
    turn = rank_of(site, "extra", 5, p)
    if turn is not None:
        caption = HI_CAPTIONS[turn % 2].format(writer=writer, month=(when - timedelta(days=40)).strftime("%B"))
        fig = blok(qid, "image", f'<img class="{art}" src="{hi_asset(p.title, "fig")}" alt="" loading="lazy" width="960" height="640">'
                                 f'<figcaption class="{art}">{esc(caption)}</figcaption>', tag="figure")
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("block", fig))
        p.clutter.append(caption)
    signup_inside = carries(site, "signup", 8, p)
    head, text, button = HI_SIGNUP
    signup = blok(qid, "newsletter", f'<h3 class="{art}">{esc(head)}</h3><p class="{art}">{esc(text)}</p><form class="{art}" action="/api/signup" '
                                     f'method="post" preventdefault:submit><input class="{art}" type="email" name="email" placeholder="Your email">'
                                     f'<button class="{art}" type="submit">{button}</button></form>')
    if signup_inside:
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("block", signup))
    p.clutter += [head, text]
    if p.cut is not None:
        wall = blok(qid, "members_wall", f'<h3 class="{art}">{esc(HI_WALL[0])}</h3><p class="{art}">{esc(HI_WALL[1])}</p>'
                                         f'<a class="{art} button" href="/join/">{esc(HI_WALL[2])}</a><p class="{art}">{esc(HI_WALL[3])} '
                                         f'<a class="{art}" href="/members/sign-in/">{HI_WALL[4]}</a></p>', cls="paywall")
        pieces.append(("block", wall))
        p.clutter += [HI_WALL[0], HI_WALL[1], HI_WALL[2], f"{HI_WALL[3]} {HI_WALL[4]}"]
    elif p.refs:
        pieces.append(("heading", f'<h2 class="{art}" id="further-reading">Further reading</h2>'))
        pieces += [("text", f'<p class="{art} ref">{mk}</p>') for _, mk in p.refs]
    rich = "".join(h for _, h in pieces)
    category = hi_category(p.title)
    minutes = max(2, round(p.words / 220))
    reads = number(site, "reads", p.title, mod=2400, base=140)
    byline = f"By {writer} \u00b7 {minutes} min read \u00b7 {when.day} {when.strftime('%B %Y')} \u00b7 {fmt_int(reads)} reads"
    kicker = ""
    if carries(site, "kicker", 6, p):
        k = HI_KICKERS[number(site, "kicker", p.title, mod=len(HI_KICKERS))]
        kicker = f'<span class="{art} kicker">{esc(k)}</span> '
        p.clutter.append(k)
    credit = f"Photo: {rng.choice([w for w in HI_WRITERS if w != writer])} for the {HI_SOC}"
    dek = hi_dek(p.title)
    crumbs = (f'<nav class="{art} crumbs" aria-label="Breadcrumb"><a class="{art}" href="/">Home</a> \u203a <a class="{art}" href="/journal/">Journal</a> '
              f'\u203a <a class="{art}" href="/journal/{slug(category)}/">{esc(category)}</a></nav>')
    share = (f'<div class="{art} share"><span class="{art}">{HI_SHARE[0]}</span>'
             + "".join(f'<a class="{art}" href="#">{x}</a>' for x in HI_SHARE[1:]) + "</div>")
    cards, said = hi_cards(rng.sample(p.others, 3), qid)
    n_art = qid()
    article = (f'<!--qv q:id={n_art} q:key=Ar_{p.index} q:sstyle={art}--><article class="{art} journal-article">{crumbs}'
               f'<figure class="{art} hero"><img class="{art}" src="{hi_asset(p.title, "hero")}" alt="" width="960" height="640">'
               f'<figcaption class="{art}">{esc(credit)}</figcaption></figure>'
               f'<header class="{art}"><h1 class="{art}">{kicker}{esc(p.title)}</h1><p class="{art} standfirst">{esc(dek)}</p>'
               f'<p class="{art} byline">{esc(byline)}</p></header>'
               f'<div class="{art} prose">{rich}</div>{"" if signup_inside else signup}{share}</article><!--/qv-->{cards}')
    p.clutter += [credit, dek, byline, "Journal", category, *HI_SHARE, *said, "Member sign-in", "Skip to content",
                  *[label for label, _ in HI_NAV], *HI_FOOT]
    consent = carries(site, "consent", 10, p)
    if consent:
        p.clutter += [HI_CONSENT[0], HI_CONSENT[1]]
    return hi_page(f"{p.title} \u00b7 Journal \u00b7 {HI_SOC}", qid, article, consent, digest(site, "inst", p.title, n=11))


def hildasay_index(ix: IndexPage) -> str:
    """Essayless events listing in journal dress."""
    qid = QwikIds()
    art = HI_STYLE["article"]
    rng = ix.rng
    start = hi_date(ix.index)
    rows = []
    for k in range(7):
        d = start + timedelta(days=9 + 11 * k + rng.randint(0, 3))
        if k % 2 == 0:
            what, price = "Furnace day at the Net Store studio, 10am to 4pm", "\u00a318, members free"
        else:
            speaker, topic = HI_SPEAKERS[(k // 2) % len(HI_SPEAKERS)]
            what, price = f"Talk: {speaker} on {topic}", "\u00a35, members free"
        rows.append(f'<li class="{art}"><time class="{art}" datetime="{d.isoformat()}">{d.strftime("%A")} {d.day} {d.strftime("%B")}</time> '
                    f'<span class="{art}">{esc(what)}</span> <span class="{art} price">{price}</span></li>')
    main = (f'<!--qv q:id={qid()} q:key=Ev_0 q:sstyle={art}--><section class="{art} events"><h1 class="{art}">Furnace days and talks, spring 2025</h1>'
            f'<p class="{art} standfirst">Bookings: front desk, or email. Eight people per furnace day.</p>'
            f'<ul class="{art}">' + "".join(rows) + "</ul></section><!--/qv-->")
    return hi_page(f"Furnace days and talks \u00b7 {HI_SOC}", qid, main, True, digest("hildasay", "inst", "events", n=11))


# ------------------------------------------------------------------------------------------------- runner

SITES = {  # host -> (essay writer, essayless writer, essayless kinds, truncated count, cited count)
    "balta": (balta, balta_index, ["register", "index"], 0, 3),        # code cells wander
    "vementry": (vementry, vementry_index, ["machines", "sitemap"], 3, 3),  # machine card wanders; cut: part one
    "oxna": (oxna, oxna_index, ["note"], 3, 3),                        # cut: Premium paywall
    "hildasay": (hildasay, hildasay_index, ["events"], 3, 3),         # cut: members' wall
}


def save(path: Path, site: str, text: str) -> None:
    path.write_bytes(text.encode("utf-8"))


def units_of(essay: dict) -> set[str]:
    """Normalised units (headings excluded; list entries included), each over five words."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int) -> dict[str, list[dict]]:
    """Seeded card order per host; drafts sharing any block with kept ones get skipped."""
    kept: list[tuple[dict, set[str], str]] = []
    chosen: dict[str, list[dict]] = {}
    for name, (_, _, kinds, _, _) in SITES.items():
        need = PAGES_PER_SITE - len(kinds)
        mine = [c for c in cards if c["host"] == name]
        random.Random(f"set38:{seed}:{name}:cards").shuffle(mine)
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
    """Seeded essayless slots (pages 2-17), kinds attached."""
    spots = sorted(random.Random(f"set38:{SEED}:{name}:noessay").sample(range(2, PAGES_PER_SITE), len(kinds)))
    return dict(zip(spots, kinds))


def write_folders(outdir: Path, seed: int, chosen: dict[str, list[dict]]) -> list[str]:
    """Pages plus truths per host; yields SOURCES.tsv lines. Cuts and citations: batch one's drawing, essay pages only."""
    rows = []
    for name, (writer, lister, kinds, teasers, cited) in SITES.items():
        site_rng = random.Random(f"{seed}:{name}")
        indexes = index_pages(name, kinds)
        ESSAY_PAGES[name] = [n for n in range(1, PAGES_PER_SITE + 1) if n not in indexes]
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
            if n in indexes:
                ix = IndexPage(name, n, titles, page_rng, indexes[n])
                save(folder / f"page-{n:02d}.html", name, lister(ix))
                (folder / "truth" / f"page-{n:02d}.md").write_text(ix.truth(), "utf-8")
                rows.append(f"{name}\tpage-{n:02d}\t-\t0\t(no essay: {indexes[n]} page)")
                continue
            essay = mine[k]
            page = Page(essay, page_rng, n, titles, name)
            if k in teaser_set:
                page.cut = max(3, round(len(page.blocks) * page_rng.uniform(0.35, 0.55)))
                while page.cut > 3 and (page.blocks[page.cut - 1][0] == "heading" or
                                        block_text(page.blocks[page.cut - 1]).rstrip().endswith(":")):
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
    ap.add_argument("--seed", type=int, default=2038)
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
    print(f"{len(SITES)} hosts, {PAGES_PER_SITE} pages each, written to {args.outdir}: {need} essays drawn from "
          f"{len(cards)} cards, {len(SITES) * PAGES_PER_SITE - need} pages without one")


if __name__ == "__main__":
    main()
