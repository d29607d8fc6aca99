"""Thirty-sixth held-out batch of site folders (issue 13). Invented hobby clubs host essayish articles; every
site gets eighteen pages. Purpose: score a template learner that meets these hosts cold. Whoever tunes the
extractor has seen neither pages nor essays.

    invoke via /work/main/.venv/bin/python: generate.py OUTDIR [--seed 2036]

Output: OUTDIR/<site>/page-NN.html, alongside OUTDIR/<site>/truth/page-NN.md (bench/scoring.py's truth format).
Every site mixes in essayless pages (1 or 2) (archive date index, list notice, back numbers, papers list, links,
blog archive) whose truth reads no_essay. Essays get assembled here, card by card, pool by pool; they exist only
here. OUTDIR/SOURCES.tsv (outside every site folder) ties each page to its card. Fixed seed, fixed bytes.

Sites:
  vatersay  Map collectors' circle, 2006; MHonArc mail archive. Essays are plain-text mails in pre,
            wrapped hard, with covering line (word count), signature, list footer, occasionally PGP
            clear-signing, Outlook cid placeholders, and on reply pages another member's closing paragraph
            quoted with > marks, above or below
  eriskay   Brewing history group's magazine, 2015; Adobe Muse export. Numbered u-ids on every paragraph,
            the article cut into several text frames around pub adverts and photos, a printed page range
            instead of a page count, sibling articles' block quotations pulled out as pull quotes
  scalpay   Private press society's occasional papers, 1998; Claris Home Page. Capital-letter tags, unclosed
            paragraphs, right-floated boxes amid text, hit counter, certain papers continued on a sequel page,
            webmaster blurbs naming each sibling paper's subject
  pabbay    Coin society blog, 2010; RapidWeaver. Styled text (paragraphs as runs between double line breaks,
            subheads as bold spans), price boxes amid text, rendered reader comments, a sidebar carrying
            one sibling entry's entire background paragraph

Borrowed verbatim from sets one, two and three: truth writing, invented Works Cited, escaping, thousands separators, insert
placement and plurals.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import random
import re
import textwrap
from datetime import date, datetime, timedelta
from pathlib import Path


def _load(name: str, folder: str):
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

# ------------------------------------------------------------------------------------------------ topic cards
# Card format: twelve fields joined by "|": site | title | subject | x (fits mid-sentence) | people | setting |
# period (its year or years spelt with all 4 digits) | strands, three, ";"-joined | thesis | rival (both read after "that") |
# fact one | fact two (one sentence apiece, punctuated with a single final full stop).

ESSAY_CARDS = """
vatersay | Thirty-Four Counties on Copper | map history | Christopher Saxton's county atlas | the surveyor Christopher Saxton, his patron Thomas Seckford and William Cecil, who marked up the proofs | the English and Welsh shires under Elizabeth I | 1574 to 1579 | the survey ridden county by county; Cecil's annotated proof sheets; Flemish engravers hired for the plates | Saxton's atlas served the queen's ministers before it ever served the public | the atlas was a private venture aimed at buyers | Christopher Saxton began his county survey in about 1574. | Christopher Saxton's atlas of the counties was published in 1579.
vatersay | The Road in Ribbons | map history | John Ogilby's Britannia | the printer and former dancing master John Ogilby, his surveyors pushing measuring wheels and the travellers who carried the strips | the post roads of Restoration England | 1670 to 1676 | the measuring wheel pushed along each road; the strip layout running up the page; the statute mile adopted throughout | Ogilby's strips taught English travellers to think of roads as measured lines | the road book was merely a luxury volume for libraries | John Ogilby published Britannia, his book of road maps, in 1675. | Ogilby's road maps measured distances in statute miles of 1760 yards.
vatersay | Rocks in Colour | map history | William Smith's geological map | the canal surveyor William Smith, the engraver John Cary and the gentlemen geologists who were slow to credit him | the coalfields, canals and quarries of England | 1799 to 1831 | fossils used to tell one layer from another; the great hand-coloured sheets of 1815; debtors' prison and late recognition | Smith's map came from practical digging and surveying rather than from learned societies | Smith merely copied what gentleman scholars had already worked out | William Smith's great geological map appeared in 1815. | The Geological Society awarded William Smith its first Wollaston Medal in 1831.
vatersay | A Name Written Once | map history | the Waldseemuller world map | the cartographer Martin Waldseemuller, his colleague Matthias Ringmann and the Saint-Die circle of scholars in Lorraine | the small college at Saint-Die and, much later, Wolfegg Castle in Swabia | 1507 to 2003 | the name America printed on the new continent; the name quietly dropped from his later maps; the single survivor bought for Washington | the name America stuck because of printers' habits more than any decision | the naming was a deliberate, lasting verdict on Vespucci's merits | Martin Waldseemuller's world map of 1507 used the name America. | The Library of Congress bought the only surviving copy of the Waldseemuller map in 2003.
vatersay | Roads in Red Ink | map history | the Gough Map of Britain | the unknown medieval mapmakers, the antiquary Richard Gough and the scholars at the Bodleian who study it | the Bodleian Library in Oxford | 1360 to 1809 | the red lines of roads and distances; the east placed at the top; repairs and rewritings by later hands | the Gough Map records a working knowledge of roads that royal officials actually used | the map served as decoration rather than for travel | The Gough Map of Britain is generally placed around 1360. | Richard Gough left his collection, including the medieval map, to the Bodleian Library in 1809.
vatersay | Every Street in the Book | map history | the first London A to Z | Phyllis Pearsall, her father Alexander Gross and the stationers and booksellers who took her stock | London's streets and Pearsall's small office | 1935 to 1936 | the legend of three thousand miles walked; the card index of street names; the first copies sold through W H Smith | the A to Z succeeded through indexing and salesmanship more than through heroic walking | the family legend of Pearsall's walking is sober fact | The first London A to Z street atlas was published in 1936. | Phyllis Pearsall founded the Geographers' Map Company in 1936.
vatersay | Four Generations Over France | map history | the Cassini map of France | four generations of the Cassini family, their teams of surveyors and the revolutionary government that seized the work | the French kingdom, surveyed from the Paris observatory | 1747 to 1815 | the network of triangles laid across the kingdom; a subscribers' company funding the sheets; the revolutionary seizure of 1793 | the Cassini map ran on subscribers' money, with science riding alongside | the crown alone funded and directed the map | Cesar-Francois Cassini de Thury began the great map of France in 1747. | The last sheets of the Cassini map of France were published in 1815.
vatersay | Town Plans in the Corners | map history | John Speed's Theatre of the Empire of Great Britaine | the tailor and historian John Speed, the engraver Jodocus Hondius and the London booksellers who sold the atlas | London and the county towns Speed drew in his insets | 1611 to 1676 | the town plans inset into each county map; borrowing from Saxton and Norden; reprints long after Speed's death | Speed's maps lasted because their little town plans gave readers something new | Speed was a careful original surveyor of every county | John Speed's Theatre of the Empire of Great Britaine appeared in 1611. | John Speed was a tailor by trade before he turned to history and maps.
vatersay | Found in the Palace | map history | the Piri Reis map | the Ottoman admiral Piri Reis, the older charts he copied and the scholars who found his map in Istanbul | the palace treasury at Topkapi, Istanbul | 1513 to 1929 | the parchment fragment showing the Atlantic; the lost chart of Columbus that Piri Reis said he used; wild modern theories about Antarctica | the Piri Reis map matters because it records mapmakers copying one another, not because of lost knowledge | the map proves some forgotten ancient exploration | Piri Reis drew his world map on gazelle-skin parchment in 1513. | The Piri Reis map came to light at Topkapi in 1929.
vatersay | The First Modern Atlas | map history | Abraham Ortelius's Theatrum Orbis Terrarum | the Antwerp map dealer Abraham Ortelius, the engraver Frans Hogenberg and the printer Christophe Plantin | the workshops and booksellers of Antwerp | 1570 to 1612 | maps of one size bound in one book; the list of sources naming other mapmakers; editions in many languages | Ortelius's real invention was the uniform, trustworthy book, not any single map | the atlas was mostly borrowed from other mapmakers' work | Abraham Ortelius published Theatrum Orbis Terrarum in Antwerp in 1570. | Editions of Theatrum Orbis Terrarum continued to appear until 1612.
vatersay | Ptolemy Goes to Press | map history | the first printed editions of Ptolemy's Geography | the Greek scholar Ptolemy, the Florentine translators of his text and the printers of Bologna and Ulm | Bologna, Rome and Ulm | 1406 to 1482 | the Latin translation from Greek manuscripts; maps engraved on copper at Bologna; woodcut maps added at Ulm | printing froze an ancient picture of the world just as voyages were overturning it | printed Ptolemy maps simply spread the latest knowledge | Jacopo Angeli finished a Latin translation of Ptolemy's Geography in about 1406. | An edition of Ptolemy's Geography with woodcut maps was printed at Ulm in 1482.
vatersay | A Key in the Corner | map history | John Norden's Speculum Britanniae | the surveyor John Norden, the engravers who cut his plates and the patrons he courted for money | Middlesex, Hertfordshire and the home counties | 1593 to 1598 | a table of symbols explaining the map; roads drawn on a county map; a grand series that ran out of money | Norden mainly taught readers how to read a map, and that outlasted the series he planned | Norden was simply a less successful Saxton | John Norden's Middlesex volume, opening his Speculum Britanniae, appeared in 1593. | Norden's county maps were early English examples marking roads.
vatersay | London in Twenty-Four Sheets | map history | John Rocque's great plan of London | the Huguenot surveyor John Rocque, the engraver John Pine and subscribers paying ahead | Georgian London and its fields | 1737 to 1746 | the triangulation from church towers; the ten years of delay; the fields and gardens that vanished soon after | Rocque's plan is our best snapshot of London just before it swallowed its fields | Rocque merely revised older maps | John Rocque's map of London was published in twenty-four sheets in 1746. | John Rocque was born into a Huguenot family.
vatersay | The Biggest Book in Amsterdam | map history | Joan Blaeu's Atlas Maior | the Amsterdam publisher Joan Blaeu, his engravers and colourists and the wealthy buyers who gave the volumes as gifts | the Blaeu printing house in Amsterdam | 1662 to 1672 | the eleven volumes of the Latin edition; hand colouring that cost extra; the printing house burned out | the Atlas Maior was a luxury good that happened to carry geography | the Atlas Maior was the most up-to-date scientific work of its day | Joan Blaeu published the Latin edition of the Atlas Maior in 1662. | Blaeu's Amsterdam printing house burned in 1672.
vatersay | A Gift for a King | map history | the Catalan Atlas | the Majorcan Jewish mapmaker Abraham Cresques, his son Jehuda and their royal patrons in Aragon and France | the chartmaking workshops of Palma de Mallorca | 1375 to 1380 | the gilded panels of coasts and kingdoms; a caravan crossing Asia and Mansa Musa holding gold; the gift sent to the French court | the Catalan Atlas joined the sailor's chart to travellers' tales on purpose | the atlas was simply a sailors' working chart | Scholars date the Catalan Atlas to 1375. | The Catalan Atlas has been in the French royal collection since about 1380.
vatersay | Rome in Black and White | map history | Giambattista Nolli's plan of Rome | the surveyor Giambattista Nolli, the engravers who cut his twelve plates and the architects who still study his plan | Rome under the popes | 1736 to 1748 | public interiors drawn as open space; the twelve copper plates; the plan's second life in architecture schools | Nolli's plan lasts because it treats public buildings as streets, which is an argument and not just a survey | the plan was merely a more accurate street map | Giambattista Nolli published his large plan of Rome in 1748. | Nolli's plan of Rome was engraved on twelve copper plates.
vatersay | A Road Map Twenty Feet Long | map history | the Tabula Peutingeriana | the unknown Roman and medieval copyists, the humanist Conrad Celtes and the Augsburg scholar Konrad Peutinger | monastery libraries and, later, the imperial library in Vienna | 1494 to 1598 | a parchment roll squeezing the empire into a long strip; road stations and the days between them; the printed edition of 1598 | the Peutinger table was a diagram of journeys, and judging it as a picture of land misses the point | the roll is a faithful copy of a Roman original unchanged | Conrad Celtes found the long Roman road map in about 1494. | The first printed edition of the Peutinger map appeared in 1598.
vatersay | Drawing the Ocean Floor | map history | Marie Tharp's seabed maps | the geologist Marie Tharp, her colleague Bruce Heezen and the Austrian painter Heinrich Berann | the Lamont Geological Observatory in New York | 1952 to 1977 | the rift valley spotted in echo soundings; the physiographic diagrams drawn by hand; the painted panorama of the world ocean floor | Tharp's drawing made continental drift visible before the theory won acceptance | the maps only illustrated what geophysicists already believed | Marie Tharp noticed a rift valley along the Mid-Atlantic Ridge in 1952. | The World Ocean Floor panorama by Tharp, Heezen and Heinrich Berann was published in 1977.
eriskay | Nine Thousand Years at St James's Gate | brewing history | Arthur Guinness's lease at St James's Gate | the brewer Arthur Guinness, his heirs and the Dublin Corporation, which quarrelled with him over water | St James's Gate in Dublin | 1759 to 1799 | a lease costing forty-five pounds annually; the quarrel over water rights; the switch from ale to porter | Guinness prospered by copying London porter well, not by inventing anything | the famous lease shows a grand plan from the first day | Arthur Guinness signed a lease of nine thousand years on the St James's Gate brewery in 1759. | In 1799 Guinness stopped brewing ale to concentrate on porter.
eriskay | The Golden Lager of Plzen | brewing history | the first pale lager at Plzen | the Bavarian brewer Josef Groll, the burghers of Plzen who built a new brewery and the Bohemian malt and hop growers | the town of Plzen in Bohemia | 1838 to 1842 | the dumped casks of bad beer that shamed the burghers; soft water and pale malt; the cold cellars for bottom fermentation | Pilsner's colour owed English-style malting no less than Bavarian yeast | golden lager happened by luck | The burghers of Plzen poured away casks of bad beer in 1838. | Josef Groll brewed the first pale lager at Plzen in 1842.
eriskay | Water, Barley and Hops | brewing history | the Bavarian purity law of 1516 | the dukes William IV and Louis X of Bavaria, the brewers of Munich and later beer lawyers in the European courts | Ingolstadt and the Bavarian duchy | 1516 to 1987 | prices fixed for summer and winter beer; wheat kept for bakers; the European court ruling on imported beer | the purity law began as price and grain policy, and the purity story came much later | consumer protection drove the law from the outset | The Bavarian dukes issued their beer ordinance at Ingolstadt in 1516. | In 1987 a European court ruling stopped Germany banning imported beers brewed differently.
eriskay | One Cell at Carlsberg | brewing history | Emil Christian Hansen's pure yeast culture | the Danish scientist Emil Christian Hansen, the brewer J C Jacobsen and the brewers across Europe who received the yeast | the Carlsberg laboratory in Copenhagen | 1875 to 1883 | the sick beer that prompted the search; growing yeast from a single cell; giving the method away rather than patenting it | pure yeast changed brewing because Carlsberg chose to share it | pure yeast was a minor laboratory refinement | The Carlsberg laboratory was founded in Copenhagen in 1875. | Emil Christian Hansen isolated a pure lager yeast at Carlsberg in 1883.
eriskay | A Chemist Visits the Brewery | brewing history | Louis Pasteur's studies on beer | the chemist Louis Pasteur, the Whitbread brewery that showed him round and French brewers hoping to beat German rivals | Paris laboratories and London brewing houses | 1871 to 1876 | microscopes in the brewery; the beer of national revenge; heating beer to keep it | Pasteur taught brewers to look for germs even though his beer itself never caught on | Pasteur's work transformed beer at once | Louis Pasteur visited the Whitbread brewery in London in 1871. | Louis Pasteur published his studies on beer in 1876.
eriskay | Beer in a Tin | brewing history | the first canned beer | the Krueger brewery of New Jersey, the American Can Company and the Welsh brewers of Felinfoel | Richmond in Virginia and a Welsh brewery near the tinplate works | 1933 to 1935 | a lined can that kept beer from tasting of metal; a test market chosen far from home; the Welsh tinplate industry's interest in beer cans | the beer can succeeded as a packaging business long before drinkers cared | drinkers demanded cans from the start | The Krueger brewery sold the first canned beer in Richmond, Virginia in 1935. | The Felinfoel brewery in Wales began canning beer in 1935.
eriskay | The State Pub | brewing history | the Carlisle state management scheme | the wartime Central Control Board, the architect Harry Redfern and the munitions workers of Gretna | Carlisle and the Gretna munitions district | 1916 to 1973 | the breweries and pubs bought by the state; the new model inns; the scheme's sale in 1973 | the state pubs were a serious experiment in better drinking, not merely wartime control | nationalisation was only an emergency measure with no lasting ideas | The state took over the breweries and pubs of Carlisle in 1916. | The Carlisle state pubs were sold off in 1973.
eriskay | Last Orders Since 1915 | brewing history | wartime licensing hours | the minister David Lloyd George, the Central Control Board and publicans facing afternoon closing | British towns during the Great War | 1915 to 1988 | afternoon closing; weaker beer and higher duty; the no-treating order | afternoon closing lasted seventy years because habit outlived its reason | the restrictions ended when the war ended | David Lloyd George declared in 1915 that Britain was fighting Germany, Austria and drink. | English and Welsh pubs regained all-day opening in 1988.
eriskay | Two Thousand Pubs Apiece | brewing history | the Beer Orders of 1989 | the Monopolies and Mergers Commission, the big national brewers and the tenants of tied houses | the tied-house estates of Britain's brewers | 1989 to 2002 | the limit of two thousand tied pubs; the pub companies created by the sell-off; the guest beer rule | the Beer Orders meant to help drinkers ended up creating pub companies | the orders freed publicans from brewers' control | The Beer Orders of 1989 limited each national brewer to two thousand tied pubs. | The Beer Orders let tenants of tied pubs sell a guest ale from another brewer.
eriskay | The Red Barrel | brewing history | Watney's Red Barrel and the rise of keg beer | the London brewer Watney Combe Reid, its advertisers and the drinkers who came to hate fizzy keg | London and the brewery estates of southern England | 1931 to 1972 | a pasteurised beer in sealed metal kegs; national advertising in the 1960s; the backlash of the early 1970s | keg beer won because it suited brewers' logistics, and drinkers' tastes followed | keg beer won because drinkers preferred it | Watney's first brewed its Red Barrel keg beer in 1931. | Grand Metropolitan took over Watney Mann in 1972.
eriskay | Beer Behind the Abbey Wall | brewing history | the Trappist brewery at Westvleteren | the monks of Saint Sixtus Abbey, their visitors queuing by telephone and the international association of Trappist monasteries | the abbey of Saint Sixtus in West Flanders | 1838 to 1997 | brewing only enough to keep the monastery; sales by appointment at the gate; the authentic Trappist label | the Westvleteren legend comes from scarcity the monks never meant to market | the monks deliberately built a cult brand | The monks of Saint Sixtus Abbey at Westvleteren began brewing in 1838. | Trappist monasteries formed their international association in 1997.
eriskay | Wild Yeast in Anderlecht | brewing history | the Cantillon lambic brewery | the Cantillon family, the brewer Jean-Pierre Van Roy and the Brussels drinkers who nearly forgot lambic | the Anderlecht district of Brussels | 1900 to 1978 | spontaneous fermentation in open cooling trays; blending old and young lambic into gueuze; the brewery turned into a working museum | Cantillon lived on by turning itself into a museum | lambic survived through unbroken public demand | The Cantillon brewery was founded in Brussels in 1900. | Lambic is fermented by wild yeasts from the air rather than by yeast added by the brewer.
eriskay | Saving a Steam Beer | brewing history | Fritz Maytag's rescue of the Anchor brewery | the washing-machine heir Fritz Maytag, his few brewery workers and San Francisco bar owners | San Francisco | 1965 to 1975 | a failing brewery bought almost on a whim; learning sanitation and recipes from scratch; Liberty Ale for the bicentennial of Paul Revere's ride | Anchor showed later small brewers that tradition could be a business plan | the rescue stayed a wealthy heir's hobby, without wider effect | Fritz Maytag bought a controlling share of the Anchor brewery in 1965. | Anchor first brewed Liberty Ale in 1975.
eriskay | A Kitchen Licence | brewing history | America's legalisation of home brewing | President Jimmy Carter, the senator Alan Cranston and the home brewers who had been breaking the law | American kitchens and garages | 1920 to 1979 | the ban that outlived Prohibition; the bill signed in 1978; clubs and competitions that followed | legal home brewing trained the people who started America's small breweries | the change in law mattered little because brewers ignored it anyway | Jimmy Carter signed a bill legalising home brewing of beer in 1978. | The federal law allowing home brewing of beer took effect in February 1979.
eriskay | Styles in a Glass | brewing history | Michael Jackson's World Guide to Beer | the beer writer Michael Jackson, his publishers and the brewers he made famous abroad | pubs, cafes and breweries from Bruges to Boston | 1977 to 1990 | the idea of beer styles; the Belgian brewers who gained English readers; a television series on beer | Jackson's guide invented the vocabulary of beer styles that drinkers now take for granted | beer styles already existed and Jackson only listed them | Michael Jackson's World Guide to Beer was published in 1977. | Michael Jackson presented a television series, The Beer Hunter, in 1990.
eriskay | A Wedding on the Meadow | brewing history | the first Oktoberfest | Bavaria's Crown Prince Ludwig, Princess Therese of Saxe-Hildburghausen and the citizens of Munich | the meadow outside Munich's city gate | 1810 to 1896 | a horse race to mark a royal wedding; the fair that returned each year; brewers' tents replacing the beer stalls | the Oktoberfest became a beer festival only gradually and almost by accident | beer ruled the festival at its birth | The first Oktoberfest celebrated the wedding of Crown Prince Ludwig and Princess Therese in 1810. | The Munich meadow where Oktoberfest is held was named after Princess Therese.
eriskay | Two Budweisers | brewing history | the long fight over the Budweiser name | the brewers Adolphus Busch and Carl Conrad, the citizens' brewery of Ceske Budejovice and lawyers in many countries | Saint Louis in Missouri and the Bohemian town of Ceske Budejovice | 1876 to 1911 | a name borrowed from a Bohemian town; a second brewery founded there; the first agreement to share the name | the Budweiser quarrel shows a place name turning into a brand | the American brewers invented the name fairly | Adolphus Busch and Carl Conrad launched Budweiser beer in 1876. | A brewery later known as Budvar was founded in Ceske Budejovice in 1895.
eriskay | The Free Mash Tun | brewing history | the malt tax's repeal | the prime minister William Gladstone, the farmers who grew barley and the brewers who wanted to use sugar | Westminster and the malt houses of eastern England | 1697 to 1880 | the tax on malt since the seventeenth century; farmers' campaigns against it; the beer duty that replaced it | the repeal freed brewers to use other ingredients, which mattered more than cheaper barley | farmers were the real winners of repeal | England began taxing malt in 1697. | William Gladstone replaced the malt tax with a duty on beer in 1880.
scalpay | Letters for the Underground | type history | Edward Johnston's lettering for the London Underground | the calligrapher Edward Johnston, the manager Frank Pick and the sign painters and printers of the Underground | London's Underground stations and posters | 1913 to 1916 | a commission for letters that would belong to the railway; proportions taken from classical Roman capitals; lettering applied to signs, posters and tickets | Johnston's letters succeeded because Pick wanted a corporate voice, not because sans serif was fashionable | the typeface was a modernist break with tradition | Frank Pick asked Edward Johnston to design lettering for the Underground in 1913. | Edward Johnston completed his Underground alphabet in 1916.
scalpay | A Sans for Monotype | type history | Gill Sans | the sculptor and letter cutter Eric Gill, the typographic adviser Stanley Morison and the publicity men of the LNER | Monotype's works at Salfords and railway hoardings | 1926 to 1935 | the alphabet painted over a Bristol bookshop; Monotype's drawing office reworking Gill's letters; the railway adopting the type for everything | Gill Sans was a team product of Monotype's drawing office as much as Gill's own | Gill Sans was a purely personal creation | Monotype released Gill Sans in 1928. | The LNER adopted Gill Sans for its signs and timetables in 1929.
scalpay | A Newspaper Changes Its Face | type history | Times New Roman | the typographer Stanley Morison, the draughtsman Victor Lardent and the newspaper's proprietors | Printing House Square | 1929 to 1932 | Morison's complaint about the paper's old type; Lardent's drawings based on an older Plantin type; the changeover overnight | Times New Roman began as one newspaper's fix and became a world standard by accident | Morison meant it for books everywhere from the outset | The Times first appeared in Times New Roman on 3 October 1932. | Victor Lardent drew Times New Roman under the direction of Stanley Morison.
scalpay | Japanners' Black | type history | John Baskerville's Virgil | the Birmingham japanner John Baskerville, his partner Sarah Eaves and the punchcutter John Handy | Baskerville's house at Easy Hill in Birmingham | 1750 to 1775 | wove paper smoothed between hot copper plates; blacker ink of his own making; types with sharp contrasts that critics disliked | Baskerville's beauty owed paper and ink no less than type | his books won universal praise immediately | John Baskerville printed his edition of Virgil in Birmingham in 1757. | John Baskerville died in 1775.
scalpay | The Specimen Sheet | type history | William Caslon's type foundry | the engraver William Caslon, his son William Caslon the second and printers in London and colonial America | Chiswell Street in London | 1720 to 1776 | the Arabic type that began the foundry; the specimen sheet of 1734; Caslon type in colonial print shops | Caslon's success lay in reliability, which printers valued above brilliance | Caslon created a wholly new style of letter | William Caslon issued his first specimen sheet of types in 1734. | William Caslon cut his first types after working as an engraver of gun locks.
scalpay | An Iron Press | type history | the Stanhope iron hand press | the inventor Charles Stanhope, third Earl Stanhope, the engineer Robert Walker and printers buying the new press | London printing houses and Stanhope's estate at Chevening | 1800 to 1820 | an all-iron frame instead of wood; the lever that doubled the pull; larger sheets printed at one pull | the Stanhope press mattered as a bridge from wooden presses to machines | the iron press instantly transformed output | Earl Stanhope's iron hand press came into use in about 1800. | Earl Stanhope refused to patent his iron printing press.
scalpay | Hot Metal in a Line | type history | the Linotype machine | the inventor Ottmar Mergenthaler, the newspaper owner Whitelaw Reid and compositors who feared for their jobs | the New York Tribune's composing room | 1884 to 1895 | the keyboard casting a whole line of type; the machine's debut at the Tribune; the unions' response | the Linotype made newspapers bigger before it made compositors fewer | the machine destroyed the compositor's trade at once | The New York Tribune began setting type on Ottmar Mergenthaler's Linotype in 1886. | A line of type cast as a single bar of metal was called a slug.
scalpay | Sixpence at Woolworths | type history | the first Penguin paperbacks | the publisher Allen Lane, the Woolworths buyer who took the books and the designer Edward Young who drew the penguin | Bodley Head offices and Woolworths stores | 1935 to 1949 | ten reprints priced at sixpence; the orange and white bands; Jan Tschichold's reform of the house rules | Penguin's design, no less than its price, made paperbacks respectable | price alone explains the paperbacks' success | Allen Lane launched Penguin Books with ten sixpenny paperbacks in 1935. | Jan Tschichold redesigned Penguin's typography between 1947 and 1949.
scalpay | A Grotesk from Munchenstein | type history | the Helvetica typeface | the designers Max Miedinger and Eduard Hoffmann, the Haas type foundry and the Stempel foundry that renamed it | the Haas foundry at Munchenstein near Basel | 1957 to 1961 | a new grotesk to rival Akzidenz-Grotesk; the name changed for export; corporate logos set in it | Helvetica won through marketing and corporate taste, not neutrality | neutrality alone carried Helvetica | Max Miedinger and Eduard Hoffmann released Neue Haas Grotesk in 1957. | The typeface Neue Haas Grotesk was renamed Helvetica in 1960.
scalpay | Manual of a Printer | type history | Giambattista Bodoni's Manuale Tipografico | the printer Giambattista Bodoni, his widow Margherita and his ducal employer at Parma | the ducal press at Parma | 1768 to 1818 | types with hairline serifs; the great specimen book; the widow's completion of his work | Bodoni is remembered for display, not for comfortable reading | Bodoni's books were made to be read easily | Giambattista Bodoni became director of the ducal press at Parma in 1768. | Bodoni's widow published his Manuale Tipografico in 1818.
scalpay | Wood Engravings at Waltham | type history | the Golden Cockerel Press | the founder Harold Taylor, the wood engraver Robert Gibbings and subscribers collecting its fine editions | the village of Waltham Saint Lawrence in Berkshire | 1920 to 1933 | a cooperative press started by a sick man; wood engravings printed with the type; the Four Gospels in the Golden Cockerel type | the Golden Cockerel books made wood engraving and type partners on the page | the press was only a rich collectors' toy | Harold Taylor founded the Golden Cockerel Press in 1920. | Robert Gibbings bought the Golden Cockerel Press in 1924.
scalpay | A Press in a Welsh House | type history | the Gregynog Press | the sisters Gwendoline and Margaret Davies, the controllers of their press and the Welsh readers they hoped to reach | Gregynog Hall in Montgomeryshire | 1922 to 1940 | fine books in Welsh and English; bindings made in the house; the press winding down as war began | Gregynog began as philanthropy and only second as a fine press | the press was purely a luxury for collectors | The Davies sisters set up a private press at Gregynog Hall in 1922. | The Gregynog Press stopped regular work in 1940.
scalpay | A Small Book for the Pocket | type history | Aldus Manutius's italic type | the Venetian printer Aldus Manutius, the punchcutter Francesco Griffo and students who bought his small classics | Venice | 1494 to 1515 | a cursive type cut by Griffo; classics in octavo size; Griffo's bitterness over credit | the italic was a commercial device to fit texts in smaller books | italic was an artistic experiment for its own sake | Aldus Manutius printed a Virgil in italic type in 1501. | Aldus Manutius died in Venice in 1515.
scalpay | The Printer's First Manual | type history | Joseph Moxon's Mechanick Exercises on printing | the mathematician and printer Joseph Moxon, the London typefounders he described and apprentices taught by his book | Restoration London | 1659 to 1684 | the first manual of printing in any language; instructions for cutting punches; the working customs of the chapel | Moxon's manual matters because it wrote down habits nobody else had recorded | Moxon was only repeating well-known trade knowledge | Joseph Moxon's Mechanick Exercises on the whole art of printing appeared in 1683. | Joseph Moxon was appointed hydrographer to Charles II.
scalpay | A Sister's Press in Dublin | type history | the Cuala Press | Elizabeth Yeats, her brother the poet W B Yeats and the young women who worked the press | Dun Emer and later Churchtown near Dublin | 1903 to 1940 | a press staffed by women; books by Irish writers first printed there; hand-coloured prints and broadsides | the Cuala Press gave the Irish literary revival a workshop of its own | the press merely printed W B Yeats's vanity editions | Elizabeth Yeats began printing at Dun Emer near Dublin in 1903. | The Dun Emer Press took the name Cuala Press in 1908.
scalpay | Fine Books by Machine | type history | the Nonesuch Press | the publisher Francis Meynell, his partners David Garnett and Vera Mendel and the commercial printers they used | a room in Soho and printers across England | 1923 to 1938 | designs made at the press and printed by machine elsewhere; limited editions at modest prices; the Nonesuch Dickens | Nonesuch proved fine design could survive without hand presses | machine printing could never match hand presswork | Francis Meynell founded the Nonesuch Press in London in 1923. | The Nonesuch Press designed its books and had them printed by commercial firms.
scalpay | The Roman Type of Venice | type history | Nicolas Jenson's roman type | the French engraver Nicolas Jenson, the German printers already working in Venice and later type designers who copied him | Venice | 1470 to 1480 | a roman type of even colour; the Eusebius of 1470; revivals four centuries later | Jenson's roman set the pattern for roman type because later printers kept copying it | Jenson's type merely topped a crowded field | Nicolas Jenson printed Eusebius in his roman type at Venice in 1470. | Nicolas Jenson died in 1480.
scalpay | Geometry for the New Age | type history | Paul Renner's Futura | the designer Paul Renner, the Bauer type foundry and the modern printers of Weimar Germany | the Bauer foundry at Frankfurt | 1924 to 1933 | letters built from circles and straight lines; strange alternative characters dropped before release; Renner's dismissal by the new regime | Futura won by compromise, after its purest forms were abandoned | Futura was a pure geometric design from first sketch to release | The Bauer type foundry released Paul Renner's Futura in 1927. | Paul Renner lost his teaching post in Munich in 1933.
pabbay | Twopence by Steam | coin history | the cartwheel coins of 1797 | the Birmingham manufacturer Matthew Boulton, the engraver Conrad Kuchler and Treasury officials signing his contract | the Soho Mint in Birmingham | 1797 to 1807 | steam-powered coining presses; pennies and twopences heavy with their own value in copper; the raised rim that gave the nickname | the cartwheels advertised Soho's machinery no less than they served as coinage | the cartwheels were mere emergency pieces | Matthew Boulton struck the cartwheel penny and twopence at the Soho Mint in 1797. | The cartwheel twopence weighed two ounces of copper.
pabbay | Saint George on Gold | coin history | Benedetto Pistrucci's Saint George | the Italian gem engraver Benedetto Pistrucci, the Mint's officials who resented him and the engraver William Wyon | the Royal Mint on Tower Hill | 1816 to 1849 | the dragon design on the new sovereign; rivalry for the chief engraver's post; the Waterloo Medal that took decades | Pistrucci's dragon endured as gem cutter's art, not routine engraving | the design was an official choice endorsed from the start | The new sovereign with Pistrucci's Saint George and the dragon appeared in 1817. | Pistrucci's Waterloo Medal dies were not finished until 1849.
pabbay | Una's Lion | coin history | William Wyon's Una and the Lion five pounds | the engraver William Wyon, the young Queen Victoria and collectors prizing the few pieces struck | the Mint's London engraving room | 1839 to 1851 | the allegory from Spenser; the tiny number struck as patterns; its place among the coinage proofs | the Una piece is prized for its story no less than its rarity | it was struck as a currency coin | William Wyon's Una and the Lion five pound piece is dated 1839. | Una and the Lion shows the young Queen Victoria as Spenser's heroine guiding a lion.
pabbay | Twelve Sides | coin history | the twelve-sided threepence | the Royal Mint's designers, the shopkeepers who handled the new coin and the Edward VIII patterns that never circulated | Mint presses and British shop tills | 1937 to 1971 | a brass coin with twelve sides; the thrift plant design; the silver threepence that lingered | the twelve-sided coin won affection because fingers found it easily in a pocket | the shape was chosen for beauty | The twelve-sided brass threepence entered circulation in 1937. | The brass threepence stopped being legal tender after decimalisation in 1971.
pabbay | Seven Curved Sides | coin history | the seven-sided fifty pence | the Decimal Currency Board, the designer Christopher Ironside and the public who disliked the new coin | Britain on the eve of decimal day | 1969 to 1971 | the curved heptagon that rolls in machines; a replacement for the ten shilling note; complaints about its look | the fifty pence showed the Mint could make a strange shape ordinary | the coin was rejected by the public | The seven-sided fifty pence coin was issued in 1969. | The fifty pence coin replaced the ten shilling note.
pabbay | Electrum at Ephesus | coin history | the early electrum coins from the temple of Artemis | the archaeologist David Hogarth, the Lydian kings and the temple donors who buried the coins | the temple of Artemis at Ephesus | 1904 to 1905 | lumps of electrum stamped with a lion; the deposit found under the temple floor; the arguments over dating | the Ephesus coins show coinage beginning as marked weights rather than as cash | coinage was invented as money for trade from the start | David Hogarth excavated the temple of Artemis at Ephesus in 1904. | Electrum is a natural alloy of gold and silver.
pabbay | The Coin That Was Never Issued | coin history | the 1933 double eagle | the Mint cashier suspected of letting coins out, the Secret Service agents who chased them and collectors buying them | the Philadelphia Mint and New York auction rooms | 1933 to 2002 | gold coins melted after the gold order; the few that escaped; a single coin legalised and auctioned | the law forbidding the double eagle created its fame | beauty alone explains its price | The Philadelphia Mint struck double eagles dated 1933 that were never officially issued. | A New York auction in 2002 sold one 1933 double eagle for over seven million dollars.
pabbay | The Empress Who Travelled | coin history | the Maria Theresa thaler | the Empress Maria Theresa, the Vienna mint and Arabian and East African traders trusting the coin | Vienna and the Red Sea markets | 1780 to 1935 | the coin frozen at the date 1780; its long use in Ethiopia and Yemen; restrikes made by other mints | the thaler survived because traders trusted a familiar face more than any new state | the coin's spread was planned by Austrian policy | The Maria Theresa thaler has been struck with the date 1780 ever since the empress died. | Mussolini's Italy struck Maria Theresa thalers at Rome in 1935.
pabbay | The Mint Moves to Wales | coin history | the Royal Mint's move to Llantrisant | ministers of the late 1960s, the Mint's workers who moved from Tower Hill and the Welsh town that received them | Tower Hill in London and Llantrisant in Glamorgan | 1810 to 1975 | a new mint to strike decimal coins; the slow move of presses; the last coins struck at Tower Hill | the move was about decimal coinage capacity, not regional policy | the move was mainly a gift to Wales | The Queen opened the Royal Mint's new works at Llantrisant in 1968. | The Royal Mint had worked at Tower Hill since 1810.
pabbay | Druids Instead of Kings | coin history | the Parys Mine Company's Druid pennies | the copper king Thomas Williams, the miners of Anglesey and the shopkeepers who took tokens in change | Parys Mountain on Anglesey | 1787 to 1797 | a penny token with a Druid's head; tokens paid as wages because coins were scarce; the flood of imitations | trade tokens show private firms doing the Mint's job better than the Mint | tokens were a swindle on workers | The Parys Mine Company issued its Druid penny tokens in 1787. | Parys Mountain on Anglesey was once the largest copper mine in Europe.
pabbay | Gold from the Guinea Coast | coin history | the first guinea | King Charles II, the Royal African Company and merchants deciding its worth | London's Tower mint and the West African coast | 1663 to 1717 | the elephant marking gold from Africa; a value drifting above twenty shillings; the Master of the Mint fixing it at twenty-one shillings | the guinea's odd value came from the market, and the law only caught up | the guinea was always meant to be twenty-one shillings | The first guinea coins were struck in 1663. | In 1717 the guinea was fixed at twenty-one shillings.
pabbay | Twenty Shillings in Gold | coin history | Henry VII's first sovereign | King Henry VII, his mint officials and the courtiers who received the coins as gifts | the Tower mint in London | 1489 to 1509 | a large gold coin showing the king enthroned; its value of twenty shillings; its use as a display of the new dynasty | the first sovereign was propaganda for the Tudors before it was money | the sovereign was meant for everyday trade | Henry VII ordered the first gold sovereigns in 1489. | The first sovereign was valued at twenty shillings.
pabbay | Old Coppernose | coin history | Henry VIII's great debasement | King Henry VIII, the young Edward VI's councillors and ordinary holders who watched silver wear off | the royal mints of Tudor England | 1544 to 1560 | silver coins with more and more copper; the king's nose wearing through to copper; Elizabeth's calling in of the bad money | the debasement was a war tax in disguise, and everyone paid it | the debasement was a misunderstanding of money | Henry VIII began debasing the silver coinage in 1544. | Elizabeth I called in the debased silver coins in 1560.
pabbay | Named After a Village | coin history | the Tealby penny | King Henry II, his many moneyers and farm labourers turning up the hoard | the mints of Angevin England and the Lincolnshire village of Tealby | 1158 to 1807 | a crude new penny struck at some thirty mints; the hoard ploughed up at Tealby; most of the find melted down | the Tealby penny shows a king choosing control of the mints over handsome coins | the coin's crudeness shows a careless government | Henry II introduced the Tealby penny in 1158. | Thousands of silver pennies were found at Tealby in Lincolnshire in 1807.
pabbay | Three Small Letters | coin history | the Lincoln cent of 1909 | the sculptor Victor David Brenner, President Theodore Roosevelt and the Treasury officials who removed his initials | the Philadelphia and San Francisco mints | 1909 to 1918 | the first portrait of a real person on a regular American coin; the initials VDB removed after complaints; the initials restored in small letters | the VDB quarrel shows how public taste policed a coin's design | the initials were removed for technical reasons | Lincoln cents entered circulation in 1909. | Victor David Brenner's initials were restored to the Lincoln cent in 1918.
pabbay | Paper in Sichuan | coin history | the jiaozi notes of Sichuan | the merchants of Chengdu, Song officials taking over their notes and the iron coins the notes replaced | Chengdu in Sichuan | 1000 to 1024 | heavy iron coins that made trade tiresome; merchants' deposit receipts; the government monopoly on issue | paper money began as a convenience for merchants before states claimed it | paper money was a government invention from the start | In 1024 Song officials took over the issue of jiaozi paper notes in Sichuan. | Sichuan used heavy iron coins rather than bronze ones.
pabbay | Animals on the Coins | coin history | the first coins of the Irish Free State | the poet W B Yeats, who chaired the design committee, the English sculptor Percy Metcalfe and farmers seeing their livestock on the coins | Dublin and the Irish Free State | 1926 to 1928 | a poet presiding over design; animals instead of portraits; the harp on every coin | the Irish coins deliberately avoided political symbols, and that was itself a political choice | the animal designs were purely decorative | W B Yeats led the Irish coinage design committee from 1926. | The first coins of the Irish Free State were issued in 1928.
pabbay | Cut Halves No More | coin history | Edward I's new coinage of 1279 | King Edward I, his Italian bankers and the moneyers at the Tower | the Tower and provincial mints | 1279 to 1281 | round halfpennies and farthings instead of cut pennies; a groat worth four pence that failed; the moneyers' names dropped from the coins | the reform of 1279 made the penny a national coin rather than a moneyer's product | the reform was mostly about stopping clipping | Edward I introduced round halfpennies and farthings in 1279. | Edward I's groat of four pence failed to circulate widely.
"""

SCHOLARS = ["Flitcroft", "Gaskin", "Hepplewhite", "Lethbridge", "Bamforth", "Emmott", "Foulds", "Holdsworth",
            "Kenworthy", "Redfearn", "Cockcroft", "Kilburn", "Normington", "Scargill", "Wainhouse", "Ambler",
            "Exley", "Northend", "Ramsden", "Walshaw", "Hambly", "Dunstone", "Rundle", "Quiller"]

OPENING = [
    "{X} came to me by way of a junk-shop find, which seems fitting.",
    "Our library holds four books touching on {x}; all four quarrel.",
    "Members quiz me about {x} constantly, so here is a longer answer than any tea break allows.",
    "{X} sits in every handbook, usually squeezed into one date and one adjective.",
    "I owe my interest in {x} to a lecture I half slept through.",
    "Start pulling at {x} and threads come away in your hand.",
    "{X} has a reputation running slightly ahead of its paperwork.",
    "What everybody 'knows' about {x} is, I suspect, wrong.",
    "Few topics set our members arguing like {x}.",
    "Ten years of reading have made {x} stranger to me, not plainer.",
    "{X} is famous and poorly understood.",
    "Somewhere behind every pub argument about {x} lurks a half-remembered documentary.",
]
FRAME = [
    "Geography first: we stay chiefly in {setting}.",
    "Expect to meet {people}.",
    "Dates run across {period}.",
    "Guesswork, where needed, is flagged as guesswork.",
    "Nothing here is fresh research; arrangement is my only contribution.",
    "Certain questions I simply cannot answer.",
]
ROADMAP = [
    "Sections follow on {s1}, then {s2}, before a closing reckoning.",
    "Each stage below pokes at one familiar assumption.",
    "Dates dictate my order, mostly.",
    "{S1} gets generous space, having left generous records.",
    "Objectors speak near the end, then I reply.",
]
QUESTION_LEAD = [
    "Strip the detail off and a bare question remains: {question}",
    "Here is what nags at me: {question}",
    "Underneath, my curiosity is simple: {question}",
    "One question drives this piece: {question}",
]
QUESTIONS = ["what exactly changed because of {x}?",
             "how free were {people} to act otherwise?",
             "why has a slimmed story of {x} lasted?",
             "might {setting} look otherwise in print had fortune swung?"]
CLAIM_THESIS = [
    "My argument runs thus: {thesis}.",
    "Here is my contention: {thesis}.",
    "Weighing what survives, I conclude that {thesis}.",
    "In short, {thesis}.",
    "Lay {s1}, {s2} and {s3} next to each other; they agree: {thesis}.",
    "Stay with me and you may agree that {thesis}.",
    "The evidence, I think, shows that {thesis}.",
    "My belief, after long reading, is that {thesis}.",
]
LEDE = [  # backdrop opener; mentioning x makes it unique per essay
    "Before {x} there was a long run-up.",
    "{X} has roots deeper than textbooks dig.",
    "Some background will help with {x}.",
    "Start cold with {x} and little makes sense.",
    "Much was ready for {x} before it arrived.",
    "The backdrop to {x} deserves equal attention with the event.",
]
CONTEXT = [
    "Prices, not principles, set the pace.",
    "Local custom outweighed decrees.",
    "{People} had other worries pressing on them.",
    "Much hung on chance meetings.",
    "Credit was short in both senses.",
    "Several false starts came first.",
    "Post was slow, and decisions slower.",
    "{Scholar} reminds us how small that circle was.",
    "Nearly every surviving scrap comes from {setting}.",
    "Daily work ground on regardless.",
    "Surviving figures are patchy.",
    "Rivals kept an eye on each other.",
]
SETTLE = [  # backdrop closer, mentioning x
    "Out of all this came {x}.",
    "Seen this way, {x} is no bolt from the blue.",
    "Every piece was on the board before {x} began.",
    "Circumstance cleared a path for {x}.",
    "Lose that backdrop and {x} looks baffling.",
    "{X} grew straight from that ground.",
]
NAMING = [
    "Even the phrase {x} is a later convenience.",
    "Contemporaries juggled several names, none ours.",
    "Self-descriptions used by {people} now sound odd.",
    "Our modern labels serve as shorthand only.",
    "Every name here quietly takes sides.",
    "Spelling wandered freely, which defeats indexes.",
]
RECORD = [
    "Our knowledge of {x} rests on accounts, receipts and a few letters.",
    "Clerks in {setting} noted prices and dates, seldom motives.",
    "Letters from {people} survive in scattered bundles.",
    "Printed notices of {x} copied each other's slips.",
    "Old men's recollections charm more than they prove.",
    "Objects sometimes flatly contradict the paperwork.",
]
CAST = [
    "Behind {x} stood more hands than legend credits.",
    "{People} wanted incompatible things.",
    "Several key figures left no papers whatever.",
    "{Scholar} rightly gives assistants equal room with celebrities.",
    "Men on site often improvised in defiance of orders.",
]
STRAND_IN = [
    "First, {s}.",
    "Our thickest folder concerns {s}.",
    "{S} usually gets hurried past.",
    "Honesty demands a look at {s}.",
    "Historians say oddly little about {s}.",
    "Next, {s}.",
    "Plenty turns on {s}.",
    "{S} rewards a slow look.",
    "Alongside ran {s}.",
    "Records are richest for {s}.",
]
POINT = [
    "{S} was argued over in print long before anyone understood it.",
    "Nobody planned {s}; small decisions piled up.",
    "{Scholar} reads {s} through its surviving bills, which are eloquent.",
    "Money for {s} came from unexpected pockets.",
    "{S} looked different from {setting} than from anywhere else.",
    "Contemporaries thought {s} minor.",
    "{People} each told {s} to their own advantage.",
    "Practical men, not theorists, drove {s}.",
    "{S} leaned on skills nobody wrote down.",
    "Luck shaped {s} more than anyone admitted.",
    "Available tools set hard limits on {s}.",
    "{S} was copied, borrowed and quietly improved.",
    "Mostly the successes of {s} survive.",
    "{S} moved at its slowest supplier's speed.",
    "Credit for {s} mostly went astray.",
    "Nothing about {s} was secret, yet records are thin.",
]
NUMBERS = [
    "{Scholar} ({year}) counted {num} surviving accounts; {s} turns up in about {pct} of every hundred.",
    "Across {num} letters, {Scholar} finds {s} mentioned {pct} times per hundred.",
    "{Scholar} ({year}) assigns {s} a {pct} per cent share.",
    "{Scholar}'s survey of {num} cases ({year}) keeps circling back to {s}.",
    "Comparing {num} parallel examples, {Scholar} ({year}) finds {s} almost throughout.",
    "{Scholar} admits {num} examples make a thin base, yet the pattern around {s} holds.",
    "By {Scholar}'s reckoning ({year}), {s} explains roughly {pct} per cent.",
    "{Scholar} ({year}) rechecked older figures on {s} and found them inflated by {pct} per cent.",
]
CASES = [
    "One parish's papers, read closely by {Scholar}, carry most of this.",
    "Around {setting}, {people} met {s} with whatever came to hand.",
    "Beyond {setting} the same shape reappears.",
    "{S} raised few eyebrows then.",
    "Throughout {period} the pattern repeats.",
    "{People} revisited the matter in later life.",
    "Further examples of {s} fill a shoebox beside me.",
]
LINK_BACK = [
    "Modest as it is, {s} already hints that {thesis}.",
    "One case proves nothing, but {s} sits awkwardly beside received opinion.",
    "Without {s}, everything else stalls.",
    "{S} strengthens my view that {thesis}.",
    "{S} felt larger to participants than dry records convey.",
    "Misread {s} and you need another explanation entirely.",
    "Remove {s} and the comfortable version wobbles.",
]
PIVOT = ["Then {s} arrived, and the picture changed.", "Afterwards {s} dominated.",
         "From there, all hinged on {s}.", "{S} swept older arrangements aside."]
CITE_LEAD = [
    "{Scholar} catches {setting} in one line:",
    "Long afterwards, someone raised in {setting} wrote:",
    "Addressing a society on {x} in {year}, one speaker said:",
    "{Scholar} is sharp-tongued on {s}:",
    "{Scholar} reserves a barbed sentence for {s}:",
]
CITED = [  # each names x or a strand, so a quotation belongs to one essay
    "Nobody who handled {s} day to day thought it remarkable.",
    "{X} was built by tired people on short budgets.",
    "The romance of {s} evaporates in the account books.",
    "Half of what is written about {x} is written about the other half.",
    "Trace whoever funded {s} and most mysteries dissolve.",
    "{X} needed patience far more than genius.",
]
CITE_AFTER = [
    "Unkind, perhaps, but accurate.",
    "One voice, but placed close to events.",
    "Nobody wrote that hoping for applause.",
    "Time has sanded the facts; the opinion stands.",
]
CITE_AFTER2 = [
    "{People} left remarks along the same lines.",
    "Nobody then bothered to explain {s}.",
    "Evidence from beyond {setting} has yet to be set against it.",
    "Its aside about {s} is what makes it useful.",
    "General histories of {x} ignore it.",
]
LIST_INTRO = [
    "Where {x} went best, one finds a recurring kit:",
    "Whenever {people} prospered, look for:",
    "{Setting} could have used:",
    "Happier episodes across {setting} shared these:",
]
LIST_POINT = [
    "managers who understood {s}",
    "straight talk about {s} with {people}",
    "fast repairs when {s} went wrong",
    "somebody outside checking {s}",
    "rehearsals for {s}",
    "honest budgets for {s}",
]
LIST_EXTRA = ["a reserve fund for {x}", "a named person able to stop {x}",
              "a dry cupboard for the papers of {x}", "a booked review of {x}"]
COMPARE = [
    "Beside its cousins, {x} looks less unusual.",
    "Elsewhere, under the same pressures, choices differed.",
    "Early conversation with {people} usually calmed things.",
    "{S2}, though, has no real parallel.",
    "Neighbouring places faced similar pressures with duller results.",
    "Critics of {x} were, oddly, its best friends.",
]
COUNTERFACT = [
    "Suppose {s2} had failed.",
    "Guessing games prove nothing, but they test which parts were essential.",
    "Take away {s1} and {setting} becomes hard to picture.",
    "{People} would have faced strange new trouble.",
    "Beyond a step or two, such guesses turn into fiction.",
]
LEGACY = [
    "{X} ended; its habits lingered for decades.",
    "Collectors and scholars in {setting} kept returning to {x} long after.",
    "{People} handed stories down, some improved in the telling.",
    "Research since then keeps finding its way back to {s3}.",
    "Each anniversary of {x} adds a new layer of varnish.",
    "Neat lessons drawn from {x} tend to crack under weight.",
]
DOUBT = [
    "Critics reply that {rival}.",
    "The strongest counter-case runs that {rival}.",
    "A respectable school maintains that {rival}.",
    "One could fairly object that {rival}.",
    "Read kindly, some letters imply that {rival}.",
]
DOUBT_MORE = [
    "{People} heard that argument themselves.",
    "Serious people hold it, so it deserves a reply.",
    "{Scholar2} ({year2}) argues it at length.",
    "It carries weight: every choice about {x} cost somebody.",
]
ANSWER = [
    "Even so, papers from {setting} tell another story.",
    "About {s2}, however, it stays mute.",
    "Its premises, moreover, already contain a verdict on {x}.",
    "That reading makes {x} neater than evidence allows.",
    "If it held, every place like {setting} would look the same.",
    "Some among {people} certainly lost; that their loss settled anything is unproved.",
]
CLOSE_FIRST = [
    "So, to gather up: {thesis}.",
    "Weighed together, my sources favour one reading of {x}.",
    "Debate about {x} will not end with this piece.",
    "Where, then, does that leave {x}?",
    "Each strand above is suggestive alone; together they show that {thesis}.",
    "Once legend is cleared away, a firm verdict on {x} stands.",
    "{X} is too often handed on as a slogan, which spares everyone the reading.",
]
CLOSE_MID = [
    "{S1}, {s2} and {s3} each matter; together they nearly settle it.",
    "Some writers still hold that {rival}; I cannot see how.",
    "Small facts about {s1}, not grand theory, make my case.",
    "I expect letters disagreeing about {x}, and welcome them.",
    "Unsorted boxes in {setting} could still change details.",
    "Legend aside, {x} is interesting enough.",
]
CLOSE_LAST = [
    "The last word on {x} should go to {people}; they bore its costs.",
    "I would happily walk {setting} again with anyone who doubts this.",
    "{X} was ordinary work done well, which is rarer than genius.",
    "If our library ever acquires more on {x}, I shall be first in the queue.",
    "Meanwhile {x} deserves better than the footnote it usually gets.",
    "{X}, like most good things, was somebody's patient job.",
    "Ask {people} and they would probably shrug at the fuss.",
]
HD_BACK = ["Setting the scene", "Groundwork", "Where it starts", "Before the event", "The old order", "Preliminaries"]
HD_NAMING = ["Words", "On naming", "Labels"]
HD_RECORD = ["The evidence", "Papers and objects", "Sources in hand"]
HD_CAST = ["The people", "Who took part", "The players"]
HD_STRAND = ["{S}", "On {s}", "Turning to {s}", "{S} reconsidered", "After that, {s}", "Looking at {s}"]
HD_COMPARE = ["Other cases", "Side by side", "Cousins"]
HD_COUNTER = ["Suppose otherwise", "A different path", "Alternatives"]
HD_LEGACY = ["What came after", "The long tail", "Later on"]
HD_DOUBT = ["The case against", "A fair objection", "Second thoughts", "The other view", "A counter-argument",
            "Objections"]
HD_CLOSE = ["Summing up", "Verdict", "Last words", "Reckoning", "Closing"]

# Per site: newest permitted year for made-up studies, under each site's own page year.
LATEST_STUDY = {"vatersay": 2005, "eriskay": 2014, "scalpay": 1997, "pabbay": 2009}
WORDS_MIN, WORDS_MAX = 350, 600
QUOTE_SHARE = {"eriskay": 1.0}  # brewing articles always hold a quotation, since sibling pages pull it out


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
        cards.append(dict(id=f"c{n:03d}", host=host, title=title, subject=subject, x=x, people=people,
                          setting=setting, period=period, strands=[s.strip() for s in strands.split(";")],
                          thesis=thesis, rival=rival, facts=[fact1, fact2]))
    return cards


def draft_essay(card: dict, rng: random.Random) -> dict:
    """One seeded attempt at writing `card` up; make_essay keeps calling until a draft fits the word band.

    Layout, top down: opener (x named; thesis closes it; scenery, plan or question possibly wedged before);
    backdrop (LEDE, fact one, maybe fact two, SETTLE); optional aside on terms, sources or cast; strands, two
    or three, one paragraph apiece or split, perhaps after a pivot line, sometimes trailed by quotation, bullets, or
    neither; optional comparison, counterfactual, aftermath; objection plus reply; close, whose last line names x,
    people or setting. Coin toss for headings; patterns never repeat within an essay."""
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
                     pct=rng.choice([12, 17, 21, 26, 29, 34, 38, 43, 47, 53, 58, 61, 67, 72]),
                     num=rng.choice([12, 17, 26, 33, 41, 48, 57, 64, 79, 88, 104, 133]))
        return pattern.format(**slots, **extra)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    def with_card(pool: list[str], k: int) -> list[str]:
        # pool[0] mentions card material, so such paragraphs stay unique
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
    """Seeded drafts, up to two hundred; keeps whichever first lands inside the word band."""
    for attempt in range(200):
        essay = draft_essay(card, random.Random(f"set36:{seed}:essay:{card['id']}:{attempt}"))
        if WORDS_MIN <= essay["words"] <= WORDS_MAX:
            essay["attempt"] = attempt
            return essay
    raise SystemExit(f"card {card['id']}: no draft between {WORDS_MIN} and {WORDS_MAX} words")


# ------------------------------------------------------------------------------ helpers every site shares

ESSAYS_BY_TITLE: dict[str, dict] = {}  # main() fills it; sibling boxes quote it
ESSAY_PAGES: dict[str, list[int]] = {}  # site -> page numbers carrying essays
SITE_TITLES: dict[str, list[str]] = {}  # site -> titles, ordered by page
SEED = 2036  # main() resets it; steers rare inserts


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def only_in(text: str, title: str) -> bool:
    """Exclusive-membership test: `text` sits in `title`; every other selected essay lacks it."""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def _quoted(title: str, unit: str) -> str:
    assert any(unit in block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"]) and only_in(unit, title), (title, unit)
    return unit


def closing_of(title: str) -> str:
    """Final paragraph in full (vatersay reply quotes)."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["closing"])


def quotation_of(title: str) -> str:
    """Block quotation (eriskay pull quotes); all eriskay essays carry one."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["quotation"])


def background_of(title: str) -> str:
    """Backdrop paragraph in full, LEDE through SETTLE (pabbay archive box)."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["background"])


class Page(g2.Page):
    """Extends g2.Page with site, card, sibling titles."""

    def __init__(self, essay, rng, index, site_titles, site: str):
        super().__init__(essay, rng, index, site_titles)
        self.site = site
        self.topic = essay["tags"][0]
        self.category = cap(self.topic)
        self.card = essay["card"]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})


class IndexPage:
    """Template page without essay; it may still list essays."""

    def __init__(self, site: str, index: int, site_titles: list[str], rng: random.Random, kind: str):
        self.site, self.index, self.rng, self.kind = site, index, rng, kind
        self.site_titles = list(site_titles)

    def truth(self) -> str:
        return "site:\nno_essay: true\n---\n"


def _drawn(site: str, role: str, count: int, among: list[int] | None = None) -> list[int]:
    pool = among if among is not None else ESSAY_PAGES[site]
    return sorted(random.Random(f"set36:{SEED}:{site}:{role}").sample(pool, count))


def carries(site: str, role: str, count: int, page: Page, among: list[int] | None = None) -> bool:
    """Seeded lottery over essay pages: exactly `count` win `role`; is this page a winner?"""
    return page.index in _drawn(site, role, count, among)


def rank_of(site: str, role: str, count: int, page: Page) -> int | None:
    """Winner's index for `role` (None for non-winners)."""
    chosen = _drawn(site, role, count)
    return chosen.index(page.index) if page.index in chosen else None


def placed_before(site: str, role: str, page: Page) -> bool:
    """Coin-flip by seed per essay page: True puts this site's wandering block before its article."""
    order = list(ESSAY_PAGES[site])
    random.Random(f"set36:{SEED}:{site}:{role}:ahead").shuffle(order)
    return page.index in order[:(len(order) + 1) // 2]


def digest(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def number(*parts, mod: int, base: int = 0) -> int:
    return int(digest(*parts, n=8), 16) % mod + base


def slot_in(pieces: list, pos: int, piece) -> None:
    """Lodges `piece` near `pos`, steering clear of index 0 and of spots right behind headings or colon lead-ins."""
    while pos > 0 and pieces[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    pieces.insert(max(pos, 1), piece)


def shown_pieces(p: Page, heading, para, quote_, listing) -> list[tuple[str, object]]:
    """Visible blocks, rendered with site callbacks and kind-tagged; colon-final paragraphs count as lead-ins."""
    out = []
    for k, (kind, value) in enumerate(p.visible()):
        if kind == "heading":
            out.append(("heading", heading(value)))
        elif kind == "paragraph":
            out.append(("lead" if value.rstrip().endswith(":") else "text", para(value, k)))
        elif kind == "quote":
            out.append(("text", quote_(value)))
        else:
            ordered, items = value
            out.append(("text", listing(ordered, items)))
    return out


def backdate(p: Page, latest: int) -> None:
    """Shifts reference years back uniformly, capping them at `latest`."""
    shift = max(0, 2023 - latest)
    move = lambda text: re.sub(r", (\d{4})(?=[.,])", lambda m: f", {int(m.group(1)) - shift}", text)
    p.refs = [(move(plain), move(markup)) for plain, markup in p.refs]


def long_date(d: date) -> str:
    return f"{d.day} {d.strftime('%B %Y')}"


def wrap(text: str, width: int = 70, first: str = "", rest: str = "") -> str:
    return textwrap.fill(text, width=width, initial_indent=first, subsequent_indent=rest, break_long_words=False,
                         break_on_hyphens=False)


# ---- 1. vatersay: a map collectors' circle, its mail archive under MHonArc, 2006 ------------------------------

VA_CIRCLE = "Cottisford Map Circle"
VA_LIST = "cottmaps"
VA_LISTS = "lists.cottisford-maps.org.uk"
VA_WRITERS = [
    ("Rosalind Polwhele", "r.polwhele", ["Hon. librarian, Cottisford Map Circle"],
     "Friends, the piece I promised for the newsletter follows: {words} words by my count. Corrections welcome."),
    ("Gareth Tullock", "gtullock", ["Programme secretary, CMC", "(talks booked to December; offers for next year please)"],
     "Posting this ahead of the meeting so people can take aim. It runs to {words} words."),
    ("Miriam Quarrie", "mquarrie", ["Newsletter editor. Copy date is the first of each month."],
     "My {words}-word offering for the newsletter, sent as plain text because attachments keep bouncing."),
    ("Barnaby Wyvill", "bwyvill", ["County maps bought and sold, Saturdays only", "GPG key 0x4F2A91C3"],
     "As threatened on Tuesday, {words} words on an old favourite."),
    ("Hugh Allardyce", "hugh.allardyce", ["Retired surveyor, still measuring things"],
     "For the archive, and for anyone who missed my talk: {words} words, no slides."),
    ("Sheila Ganderton", "sganderton", ["Treasurer. Subscriptions fall due in April!"],
     "Draft for comment ({words} words). Please be gentle with the dates."),
]
VA_REPLIERS = ["Dennis Orchardson", "Lorna Blencowe", "Ivo Feltwell", "Pat Rudkin"]
VA_CHATTER = ["Scanner recommendations?", "Spring fair: two tables still free", "Subscriptions reminder",
              "Foxing on an 1830s county sheet", "Anyone going to Kew on the 14th?", "Dealer's catalogue arrived",
              "Folder left behind after Tuesday's meeting", "Newsletter copy date"]
VA_PGP = "Barnaby Wyvill"
VA_CUT = "[Second half to follow in a day or so.]"
VA_FOOT = ["_" * 47, f"{VA_LIST} mailing list", f"{VA_LIST}@{VA_LISTS}", f"http://{VA_LISTS}/mailman/listinfo/{VA_LIST}"]
VA_FRAME_CLUTTER = [f"{VA_LIST} mailing list", f"{VA_LIST}@{VA_LISTS}", f"http://{VA_LISTS}/mailman/listinfo/{VA_LIST}",
                    f"{VA_LIST} list archive", "Circle home page", "Join the list", "Date Prev", "Date Next", "Thread Prev",
                    "Thread Next", "Date Index", "Thread Index", "Prev by Date:", "Next by Date:", "Previous by thread:",
                    "Next by thread:", "Index(es):",
                    "Archive kept by the Circle's webmaster. Messages stay their writers' property; ask before quoting outside the Circle."]


def va_writer(title: str) -> tuple:
    return VA_WRITERS[number("vatersay", "writer", title, mod=len(VA_WRITERS))]


def va_msgno(index: int) -> int:
    return 17 + 9 * index + number("vatersay", "msg", index, mod=6)


def va_when(index: int) -> datetime:
    day = date(2006, 1, 4) + timedelta(days=9 * index + number("vatersay", "day", index, mod=5))
    return datetime(day.year, day.month, day.day, 7 + number("vatersay", "h", index, mod=15), number("vatersay", "m", index, mod=60),
                    number("vatersay", "s", index, mod=60))


def va_stamp(when: datetime) -> str:
    return f"{when:%a}, {when.day:02d} {when:%b} {when.year} {when:%H:%M:%S} +0000"


def va_links(text: str) -> str:
    """Escapes plain text as MHonArc does and turns bare web addresses into links."""
    out = esc(text)
    return re.sub(r"(http://[^\s<]+)", r'<a rel="nofollow" href="\1">\1</a>', out)


def va_page(subject: str, msgno: int, when: datetime, sender: tuple, pre: str, after: str, follow: list, pni: dict) -> str:
    name, user, _, _ = sender
    topnav = (f'[<a href="msg{msgno - 1:05d}.html">Date Prev</a>][<a href="msg{msgno + 1:05d}.html">Date Next</a>]'
              f'[<a href="msg{pni["tprev"][0]:05d}.html">Thread Prev</a>][<a href="msg{pni["tnext"][0]:05d}.html">Thread Next</a>]'
              f'[<a href="maillist.html#{msgno:05d}">Date Index</a>][<a href="threads.html#{msgno:05d}">Thread Index</a>]')
    ups = ""
    if follow:
        ups = ("<hr>\n<ul><li><strong>Follow-Ups</strong>:\n<ul>\n"
               + "".join(f'  <li><strong><a name="{n:05d}" href="msg{n:05d}.html">{esc(s)}</a></strong>\n<ul><li><em>From:</em> {esc(w)}</li></ul></li>\n'
                         for n, s, w in follow)
               + "</ul></li></ul>\n")
    bot = "".join(f'<li>{label}\n<strong><a href="msg{n:05d}.html">{esc(s)}</a></strong>\n</li>\n'
                  for label, (n, s) in (("Prev by Date:", pni["dprev"]), ("Next by Date:", pni["dnext"]),
                                        ("Previous by thread:", pni["tprev"]), ("Next by thread:", pni["tnext"])))
    return f"""<!-- MHonArc v2.6.15 -->
<!--X-Subject: {esc(subject)} -->
<!--X-From-R13: {digest("r13", user, n=14)} -->
<!--X-Date: {va_stamp(when)} -->
<!--X-Message-Id: {digest("mid", msgno, n=8).upper()}.{digest("mid2", msgno, n=6)}@{user.replace(".", "")}.example -->
<!--X-Content-Type: text/plain -->
<!--X-Head-End-->
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(subject)}</title>
<link rev="made" href="mailto:{user}@DOMAIN.HIDDEN">
</head>
<body bgcolor="#ffffff">
<!--X-Body-Begin-->
<!--X-User-Header-->
<table width="100%" cellspacing="0" cellpadding="4" bgcolor="#e9e4d4"><tr>
<td width="150"><a href="http://www.cottisford-maps.org.uk/"><img src="/images/cmc-compass.gif" width="140" height="48" alt="{VA_CIRCLE}" border="0"></a></td>
<td><font face="Verdana, Arial" size="2"><b>{VA_LIST} list archive</b> &middot; <a href="http://www.cottisford-maps.org.uk/">Circle home page</a> &middot; <a href="http://{VA_LISTS}/mailman/listinfo/{VA_LIST}">Join the list</a></font></td>
</tr></table>
<!--X-User-Header-End-->
<!--X-TopPNI-->
<hr>
{topnav}
<!--X-TopPNI-End-->
<!--X-MsgBody-->
<!--X-Subject-Header-Begin-->
<h1>{esc(subject)}</h1>
<hr>
<!--X-Subject-Header-End-->
<!--X-Head-of-Message-->
<ul>
<li><em>To</em>: <a href="mailto:{VA_LIST}@DOMAIN.HIDDEN">{VA_LIST}@DOMAIN.HIDDEN</a></li>
<li><em>Subject</em>: {esc(subject)}</li>
<li><em>From</em>: {esc(name)} &lt;<a href="mailto:{user}@DOMAIN.HIDDEN">{user}@DOMAIN.HIDDEN</a>&gt;</li>
<li><em>Date</em>: {va_stamp(when)}</li>
</ul>
<!--X-Head-of-Message-End-->
<!--X-Head-Body-Sep-Begin-->
<hr>
<!--X-Head-Body-Sep-End-->
<!--X-Body-of-Message-->
<pre style="margin: 0em;">{pre}</pre>
{after}<!--X-Body-of-Message-End-->
<!--X-MsgBody-End-->
<!--X-Follow-Ups-->
{ups}<!--X-Follow-Ups-End-->
<!--X-References-->
<!--X-References-End-->
<!--X-BotPNI-->
<ul>
{bot}<li>Index(es):
<ul>
<li><a href="maillist.html#{msgno:05d}"><strong>Date</strong></a></li>
<li><a href="threads.html#{msgno:05d}"><strong>Thread</strong></a></li>
</ul>
</li>
</ul>

<!--X-BotPNI-End-->
<!--X-User-Footer-->
<p><font face="Verdana, Arial" size="1">Archive kept by the Circle's webmaster. Messages stay their writers' property; ask before quoting outside the Circle.</font></p>
<!--X-User-Footer-End-->
</body>
</html>
"""


def va_neighbours(index: int, subject_of) -> dict:
    """Subjects around a message: by date the list's chatter or replies, by thread other essays."""
    rng = random.Random(f"set36:{SEED}:vatersay:pni:{index}")
    msgno = va_msgno(index)
    titles = SITE_TITLES["vatersay"]

    def around(n: int) -> str:
        roll = rng.random()
        if roll < 0.45:
            return f"[{VA_LIST}] {rng.choice(VA_CHATTER)}"
        return f"Re: [{VA_LIST}] {rng.choice(titles)}"
    others = [t for t in titles if subject_of != t]
    a, b = rng.sample(others, 2)
    return dict(dprev=(msgno - 1, around(msgno - 1)), dnext=(msgno + 1, around(msgno + 1)),
                tprev=(msgno - 3 - rng.randint(0, 4), f"[{VA_LIST}] {a}"), tnext=(msgno + 2 + rng.randint(0, 4), f"[{VA_LIST}] {b}"))


def va_pgp(lines: list[str], rng: random.Random) -> tuple[list[str], list[str]]:
    """Clear-signs the text the way GnuPG does: header, dash-escaped lines, then the signature block."""
    body = ["-----BEGIN PGP SIGNED MESSAGE-----", "Hash: SHA1", ""] + [("- " + l if l.startswith("-") else l) for l in lines]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    armour = ["iD8DBQFE" + "".join(rng.choice(alphabet) for _ in range(56)), "".join(rng.choice(alphabet) for _ in range(12)) + "=",
              "=" + "".join(rng.choice(alphabet) for _ in range(4))]
    sig = ["-----BEGIN PGP SIGNATURE-----", "Version: GnuPG v1.4.2 (GNU/Linux)", ""] + armour + ["-----END PGP SIGNATURE-----"]
    return body + sig, [l for l in ["-----BEGIN PGP SIGNED MESSAGE-----", "Hash: SHA1", *sig] if len(l) >= 6]


def vatersay(p: Page) -> str:
    rng = p.rng
    site = "vatersay"
    p.claimed_words = p.words
    backdate(p, LATEST_STUDY[site])
    sender = va_writer(p.title)
    name, user, sig, intro = sender
    msgno, when = va_msgno(p.index), va_when(p.index)

    def heading(value: str) -> str:
        return f"{value}\n{'-' * len(value)}"

    def listing(ordered: bool, items: list[str]) -> str:
        if ordered:
            return "\n".join(wrap(i, first=f"  {n}. ", rest="     ") for n, i in enumerate(items, 1))
        return "\n".join(wrap(i, first="  * ", rest="    ") for i in items)

    pieces = shown_pieces(p, heading, lambda v, k: wrap(v), lambda v: wrap(v, first="    ", rest="    "), listing)
    n_essay = len(pieces)
    if carries(site, "remark", 12, p):
        cid = f"[cid:image{1 + number(site, 'img', p.title, mod=4):03d}.jpg@01C6{digest(site, 'cid', p.title, n=4).upper()}.{digest(site, 'cid2', p.title, n=8).upper()}]"
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", cid))
        p.clutter.append(cid)
    if p.cut is not None:
        pieces.append(("note", VA_CUT))
        p.clutter.append(VA_CUT)
    elif p.refs:
        pieces.append(("heading", heading("Sources")))
        pieces.append(("refs", "\n\n".join(wrap(plain, rest="    ") for plain, _ in p.refs)))
    if p.cut is not None:
        intro_line = wrap(f"First instalment of a longer piece ({p.words} words altogether); the remainder follows once two dates are checked.")
    else:
        intro_line = wrap(intro.format(words=p.words))
    p.clutter.append(norm_space(intro_line))
    text = [intro_line, "", p.title, "=" * len(p.title), "", "\n\n".join(h for _, h in pieces)]
    subject = f"[{VA_LIST}] {p.title}" + (" (part 1 of 2)" if p.cut is not None else "")
    repliable = [n for n in ESSAY_PAGES[site][1:] if n not in CUT_PAGES[site]]
    if carries(site, "reply", 10, p, among=repliable):
        # the essay answers an earlier post by someone else and quotes that post's closing paragraph
        before = [t for t in p.others if va_page_of(t) < p.index]
        other = rng.choice([t for t in before if va_writer(t)[0] != name] or before)
        said = closing_of(other)
        earlier = va_when(va_page_of(other))
        attribution = f"On {earlier.day} {earlier.strftime('%b %Y')}, {va_writer(other)[0]} wrote:"
        lines = textwrap.wrap(said, width=66, break_long_words=False, break_on_hyphens=False)
        quote = "\n".join([attribution] + ["> " + l for l in lines])
        p.clutter += [attribution, *[l for l in lines if len(l.split()) >= 5 and only_in(l, other)]]
        subject += f" (was: {other})"
        if placed_before(site, "quote", p):
            text = [intro_line, "", quote, ""] + text[2:]
        else:
            text = text + ["", quote]
    text += ["", "-- ", name, *sig]
    p.clutter += [name, *sig]
    lines = "\n".join(text).split("\n")
    if name == VA_PGP:
        lines, armour = va_pgp(lines, random.Random(f"set36:{SEED}:vatersay:pgp:{p.title}"))
        p.clutter += armour
    lines += ["", *VA_FOOT]
    pre = va_links("\n".join(lines))
    after = ""
    if rank_of(site, "extra", 5, p) is not None:
        fname = f"jpg{digest(site, 'att', p.title, n=8)}.jpg"
        after = (f'<p><strong>Attachment:\n<a href="{fname}" ><tt>{fname}</tt></a></strong><br>\n'
                 f'<em>Description:</em> JPEG image</p>\n')
        p.clutter += ["Description: JPEG image", f"Attachment: {fname}"]
    follow = []
    for k in range(number(site, "ups", p.title, mod=4)):
        follow.append((msgno + 2 + 3 * k, f"Re: [{VA_LIST}] {p.title}", VA_REPLIERS[(k + number(site, "rep", p.title, mod=4)) % 4]))
        p.clutter += [f"From: {follow[-1][2]}"]
    if follow:
        p.clutter += [f"Re: [{VA_LIST}] {p.title}", "Follow-Ups"]
    pni = va_neighbours(p.index, p.title)
    p.clutter += [subject, f"From: {name} <{user}@DOMAIN.HIDDEN>", f"Date: {va_stamp(when)}", f"To: {VA_LIST}@DOMAIN.HIDDEN",
                  *[s for _, s in pni.values()], *VA_FRAME_CLUTTER]
    return va_page(subject, msgno, when, sender, pre, after, follow, pni)


def va_page_of(title: str) -> int:
    return ESSAY_PAGES["vatersay"][SITE_TITLES["vatersay"].index(title)]


def norm_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def vatersay_index(ix: IndexPage) -> str:
    """Either a short notice posted to the list, or the archive's index by date."""
    if ix.kind == "notice":
        sender = VA_WRITERS[5]
        name, user, sig, _ = sender
        body = [
            "Dear all,", "",
            wrap("Spring fair: Saturday 8 April, Old School Rooms, Cottisford, 10am to 3pm. Eleven "
                 "dealers have booked and two tables remain at fifteen pounds. Bring any puzzling sheet to the "
                 "identification table; Hugh has promised his magnifier."), "",
            wrap("Entry two pounds, members free. Volunteers for the tea urn, please reply to me off-list."), "",
            "Sheila", "", "-- ", name, *sig, "", *VA_FOOT]
        msgno, when = va_msgno(ix.index), va_when(ix.index)
        return va_page(f"[{VA_LIST}] Spring map fair, Saturday 8 April", msgno, when, sender, va_links("\n".join(body)), "", [],
                       va_neighbours(ix.index, ""))
    rows = []
    for n in range(PAGES_PER_SITE, 0, -1):
        msgno = va_msgno(n)
        if n in ESSAY_PAGES["vatersay"]:
            t = ix.site_titles[ESSAY_PAGES["vatersay"].index(n)]
            who, subject = va_writer(t)[0], f"[{VA_LIST}] {t}"
        else:
            who, subject = VA_WRITERS[5][0], f"[{VA_LIST}] " + ("Spring map fair, Saturday 8 April" if n != ix.index else "Archive index")
        if n == ix.index:
            continue
        rows.append(f'<li><strong><a name="{msgno:05d}" href="msg{msgno:05d}.html">{esc(subject)}</a></strong>, <em>{esc(who)}</em></li>')
        rng = random.Random(f"set36:{SEED}:vatersay:index:{n}")
        for k in range(rng.randint(0, 2)):
            chat = ("Re: " if rng.random() < 0.5 else "") + f"[{VA_LIST}] " + rng.choice(VA_CHATTER)
            rows.append(f'<li><strong><a name="{msgno - 1 - k:05d}" href="msg{msgno - 1 - k:05d}.html">{esc(chat)}</a></strong>, '
                        f'<em>{esc(rng.choice(VA_REPLIERS))}</em></li>')
    listing = "\n".join(rows)
    return f"""<!-- MHonArc v2.6.15 -->
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{VA_LIST} archive by date</title>
</head>
<body bgcolor="#ffffff">
<table width="100%" cellspacing="0" cellpadding="4" bgcolor="#e9e4d4"><tr>
<td width="150"><a href="http://www.cottisford-maps.org.uk/"><img src="/images/cmc-compass.gif" width="140" height="48" alt="{VA_CIRCLE}" border="0"></a></td>
<td><font face="Verdana, Arial" size="2"><b>{VA_LIST} list archive</b> &middot; <a href="http://www.cottisford-maps.org.uk/">Circle home page</a> &middot; <a href="http://{VA_LISTS}/mailman/listinfo/{VA_LIST}">Join the list</a></font></td>
</tr></table>
<h1>{VA_LIST} archive by date, January to June 2006</h1>
<hr>
[<a href="threads.html">Thread Index</a>]
<hr>
<ul>
{listing}
</ul>
<hr>
<p><font face="Verdana, Arial" size="1">Archive kept by the Circle's webmaster. Messages stay their writers' property; ask before quoting outside the Circle.</font></p>
</body>
</html>
"""


# ---- 2. eriskay: a brewing history group's magazine, exported from Adobe Muse, 2015 ---------------------------

ER_GROUP = "Haverholme Brewing History Group"
ER_MAG = "The Stillage"
ER_NAV = [("Home", "index.html"), (ER_MAG, "the-stillage.html"), ("Past issues", "past-issues.html"), ("Meetings", "meetings.html"),
          ("Pub trail", "pub-trail.html"), ("Join", "join.html"), ("Contact", "contact.html")]
ER_WRITERS = ["Con Cressall", "Nadia Pybus", "Stuart Vardy", "Gail Snaith", "Rob Menheniot"]
ER_PUBS = [("the Coopers' Rest", "Tanner Street"), ("the Drayman's Arms", "Kiln Lane"), ("the Hop Pole", "Cornhill"),
           ("the Malt Shovel", "Bridge End"), ("the Grain Store", "Maltings Yard"), ("the Bottle and Bung", "Wharf Road")]
ER_ADS = [
    "{Pub}, {street}: {pumps} hand pumps, always a dark beer on, quiz on {day}s.",
    "{Pub}, {street}. Home-cooked food till nine, {pumps} cask ales, and a discount for Group members showing a card.",
    "New at {pub}, {street}: a tap room with {pumps} changing beers. Open from noon every {day}.",
    "{Pub} welcomes Group members: {pumps} ales on hand pump and a cellar kept cool all summer. {street}, Haverholme.",
    "Folk night every {day} at {pub}, {street}, with {pumps} cask ales and no jukebox.",
]
ER_TALKS = [("Ann Cordingley", "bottle labels of vanished Haverholme brewers"), ("Les Kerridge", "the maltings along the river"),
            ("Joy Mayhew", "cooperage and the last cask makers"), ("Tim Pettitt", "brewery horses and their drays"),
            ("Val Rumbelow", "pub signs and what they meant"), ("Keith Sillitoe", "hop gardens of the county"),
            ("Mo Tuffin", "temperance hotels and coffee taverns")]
ER_COOKIE = "Cookies keep this site ticking along; stay and we'll assume that suits you."
ER_CUT = ("Our printed Stillage, free in over a hundred pubs around Haverholme, carries this article's remaining pages. "
          "Members can read every past issue online.")
ER_FOOT = [f"\u00a9 2015 {ER_GROUP}", "The Stillage appears quarterly, free in pubs across the district.",
           "Editor: stillage@haverholmebrewhistory.org.uk"]


def er_writer(title: str) -> str:
    return ER_WRITERS[number("eriskay", "writer", title, mod=len(ER_WRITERS))]


def er_issue(title: str) -> tuple[int, str, int, int]:
    """Issue number, season, first printed page, last printed page."""
    k = SITE_TITLES["eriskay"].index(title)
    no = 43 + k // 4
    season = ["Spring", "Summer", "Autumn", "Winter"][(no - 43) % 4]
    year = 2014 + (no - 43) // 4
    first = 4 + (k % 4) * 5 + number("eriskay", "pp", title, mod=2)
    pages = max(1, -(-ESSAYS_BY_TITLE[title]["words"] // 275))
    return no, f"{season} {year}", first, first + pages - 1


def er_date(title: str) -> date:
    return date(2014, 4, 2) + timedelta(days=23 * SITE_TITLES["eriskay"].index(title) + number("eriskay", "d", title, mod=6))


def er_url(title: str) -> str:
    return f"{slug(title)[:34]}.html"


class MuseIds:
    """Muse's element ids: a 'u' and a number, text frames suffixed with a count, different on each page."""

    def __init__(self, *seed):
        self.next = 300 + number("eriskay", "ids", *seed, mod=2400)

    def __call__(self) -> int:
        self.next += 3 + self.next % 7
        return self.next


def er_frame(ids: MuseIds, inner: list[str], extra: str = "") -> str:
    """A Muse text frame: one div holding paragraphs whose ids share the frame's number."""
    u = ids()
    body = []
    for k, (tag, attrs, text) in enumerate(inner):
        body.append(f'<{tag} id="u{u}-{2 * k + 2}"{attrs}>{text}</{tag}>')
    return f'<div class="clearfix colelem{extra}" id="u{u}-{2 * len(inner) + 2}"><!-- content -->\n' + "\n".join(body) + "\n</div>"


def er_head(title: str, page_css: str) -> str:
    crc = number("eriskay", "crc", page_css, mod=4000000000)
    return f"""<!DOCTYPE html>
<html class="nojs html css_verticalspacer" lang="en-GB">
 <head>

  <meta http-equiv="Content-type" content="text/html;charset=UTF-8"/>
  <meta name="generator" content="2015.0.2.310"/>

  <script type="text/javascript">
   // switch the nojs class on the html element to js
document.documentElement.className = document.documentElement.className.replace(/\\bnojs\\b/g, 'js');
if(typeof Muse == "undefined") window.Muse = {{}}; window.Muse.assets = {{"required":["museutils.js", "museconfig.js", "jquery.watch.js", "require.js", "{page_css}.css"], "outOfDate":[]}};
</script>

  <title>{esc(title)}</title>
  <!-- CSS -->
  <link rel="stylesheet" type="text/css" href="css/site_global.css?crc=443350757"/>
  <link rel="stylesheet" type="text/css" href="css/master_a-master.css?crc=3982210944"/>
  <link rel="stylesheet" type="text/css" href="css/{page_css}.css?crc={crc}" id="pagesheet"/>
 </head>"""


def er_body(main: str, side: str, banner: str, early: bool, cookie: str) -> str:
    menu = "\n".join(
        f'<div class="MenuItemContainer clearfix grpelem" id="u{1510 + 12 * k}"><!-- vertical box -->'
        f'<a class="nonblock nontext MenuItem MenuItemWithSubMenu{" MuseMenuActive" if label == ER_MAG else ""} clearfix colelem" id="u{1511 + 12 * k}" href="{href}">'
        f'<!-- horizontal box --><div class="MenuItemLabel NoWrap clearfix grpelem" id="u{1514 + 12 * k}-4"><!-- content --><p>{esc(label)}</p></div></a></div>'
        for k, (label, href) in enumerate(ER_NAV))
    foot = "\n".join(f'<p id="u2210-{2 * k + 2}">{esc(x)}</p>' for k, x in enumerate(ER_FOOT))
    return f"""
 <body>

  <div class="clearfix" id="page"><!-- column -->
   <div class="position_content" id="page_position_content">
    <div class="clearfix colelem" id="pu1442"><!-- group -->
     <a class="nonblock nontext clip_frame grpelem" id="u1442" href="index.html"><!-- image --><img class="block" id="u1442_img" src="images/hbhg-logo.png?crc=3805171455" alt="{ER_GROUP}" width="212" height="90"/></a>
     <nav class="MenuBar clearfix grpelem" id="menuu1501"><!-- horizontal box -->
{menu}
     </nav>
    </div>
{banner if early else ""}
    <div class="clearfix colelem" id="pu1800"><!-- group -->
     <div class="clearfix grpelem" id="u1800"><!-- column -->
{main}
     </div>
     <div class="clearfix grpelem" id="u1960"><!-- column -->
{side}
     </div>
    </div>
{"" if early else banner}
    <div class="clearfix colelem" id="u2210-8"><!-- content -->
{foot}
    </div>
    <div class="clearfix colelem" id="pu2230"><!-- group -->
     <a class="nonblock nontext clip_frame grpelem" id="u2230" href="https://www.facebook.com/haverholmebrewhistory" target="_blank"><!-- image --><img class="block" id="u2230_img" src="images/fb-icon.png?crc=4260134121" alt="Facebook" width="28" height="28"/></a>
     <a class="nonblock nontext clip_frame grpelem" id="u2236" href="https://twitter.com/hbhg_stillage" target="_blank"><!-- image --><img class="block" id="u2236_img" src="images/tw-icon.png?crc=3957372044" alt="Twitter" width="28" height="28"/></a>
    </div>
    <div class="verticalspacer" data-offset-top="0" data-content-above-spacer="1840" data-content-below-spacer="62"></div>
   </div>
  </div>
{cookie}  <!-- JS includes -->
  <script src="scripts/museutils.js?crc=3779290446" type="text/javascript"></script>
  <script src="scripts/jquery.watch.js?crc=3856183413" type="text/javascript"></script>
 </body>
</html>
"""


def er_banner(today: date) -> tuple[str, str]:
    opens = date(today.year, 10, 8) if today < date(today.year, 10, 8) else date(today.year + 1, 10, 8)
    days = (opens - today).days
    line = (f"Haverholme Beer Festival \u00b7 the old Haverholme Maltings \u00b7 {opens.day}\u2013{opens.day + 2} October {opens.year} \u00b7 "
            f"{64 + opens.year % 20} ales, {11 + opens.year % 13} ciders \u00b7 opens in {days} days")
    return line, (f'    <div class="clearfix colelem" id="u1700-4"><!-- content -->\n<p id="u1700-2">{esc(line)}</p>\n    </div>')


def er_meeting(today: date) -> tuple[str, str]:
    when = today + timedelta(days=(1 - today.weekday()) % 7 + 7)
    who, talk = ER_TALKS[number("eriskay", "talk", today.isoformat(), mod=len(ER_TALKS))]
    line = f"{when.strftime('%A')} {when.day} {when.strftime('%B')}, 8pm: {who} on {talk}."
    markup = (f'<div class="clearfix colelem" id="u1970-6"><!-- content -->\n<h4 id="u1970-2">Upstairs at the Malt Shovel</h4>\n'
              f'<p id="u1970-4">{esc(line)}</p>\n</div>')
    return line, markup


def er_cookie(page) -> str:
    if isinstance(page, Page) and not carries("eriskay", "cookies", 12, page):
        return ""
    if isinstance(page, Page):
        page.clutter.append(ER_COOKIE)
    return (f'  <div class="clearfix" id="cookie-note"><!-- custom html -->\n   <p>{esc(ER_COOKIE)} '
            f'<a class="nonblock" href="#" onclick="this.parentNode.parentNode.style.display=\'none\';return false;">Fair enough</a></p>\n  </div>\n')


ER_FRAME_CLUTTER = [*ER_FOOT, "Past issues", "Pub trail", "Upstairs at the Malt Shovel", "Elsewhere in this Stillage"]


def eriskay(p: Page) -> str:
    rng = p.rng
    site = "eriskay"
    p.claimed_pages = p.pages
    backdate(p, LATEST_STUDY[site])
    writer = er_writer(p.title)
    no, season, first, last = er_issue(p.title)
    ids = MuseIds(p.title)
    posted = er_date(p.title)

    def listing(ordered: bool, items: list[str]) -> tuple:
        return ("ol" if ordered else "ul", items)

    pieces = shown_pieces(p, lambda v: ("h2", v), lambda v, k: ("p", v), lambda v: ("quote", v), listing)
    n_essay = len(pieces)
    if carries(site, "remark", 12, p):
        pub, street = ER_PUBS[number(site, "pub", p.title, mod=len(ER_PUBS))]
        day = ["Monday", "Tuesday", "Wednesday", "Thursday", "Sunday"][number(site, "day", p.title, mod=5)]
        ad = ER_ADS[number(site, "ad", p.title, mod=len(ER_ADS))].format(
            pub=pub, Pub=cap(pub), street=street, pumps=["four", "five", "six", "eight", "ten"][number(site, "pumps", p.title, mod=5)], day=day)
        u = ids()
        box = (f'<div class="clearfix colelem" id="pu{u}"><!-- group -->\n<div class="clearfix grpelem" id="u{u}-4"><!-- content -->'
               f'<p id="u{u}-2">Supporting The Stillage</p></div>\n<div class="clearfix grpelem" id="u{u + 1}-4"><!-- content -->'
               f'<p id="u{u + 1}-2">{esc(ad)}</p></div>\n</div>')
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("block", box))
        p.clutter += ["Supporting The Stillage", ad]
    turn = rank_of(site, "extra", 5, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Pump clips from the Group's collection, photographed by {writer}."
        else:
            caption = f"Members on the brewery tour at {['Ockley Bridge', 'Salthaugh', 'Fenny Marsh'][number(site, 'tour', p.title, mod=3)]}, {posted.year - 1}."
        u = ids()
        pic = (f'<div class="clip_frame colelem" id="u{u}"><!-- image -->\n<img class="block" id="u{u}_img" '
               f'src="images/{digest(site, "img", p.title, n=10)}.jpg?crc={number(site, "icrc", p.title, mod=4000000000)}" alt="" width="540" height="360"/>\n</div>\n'
               + er_frame(ids, [("p", ' class="Caption"', esc(caption))]))
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("block", pic))
        p.clutter.append(caption)
    if p.cut is None and p.refs:
        pieces.append(("heading", ("h3", "Sources and further drinking")))
        pieces.extend(("text", ("ref", mk)) for _, mk in p.refs)
    # Muse keeps each stretch of text in its own frame; a new frame starts wherever something was placed between
    frames: list[str] = []
    run: list[tuple[str, str, str]] = []

    def flush():
        if run:
            frames.append(er_frame(ids, list(run)))
            run.clear()

    for kind, value in pieces:
        if kind == "block":
            flush()
            frames.append(value)
            continue
        tag, v = value
        if tag in ("h2", "h3"):
            run.append((tag, "", esc(v)))
        elif tag == "p":
            run.append(("p", "", esc(v)))
        elif tag == "quote":
            run.append(("p", ' class="Quotation"', esc(v)))
        elif tag == "ref":
            run.append(("p", ' class="Reference"', v))
        else:
            u = ids()
            items = "".join(f'<li id="u{u}-{2 * k + 3}">{esc(i)}</li>' for k, i in enumerate(v))
            flush()
            frames.append(f'<div class="clearfix colelem" id="u{u}-{2 * len(v) + 4}"><!-- content -->\n'
                          f'<{tag} class="list0 nls-None" id="u{u}-2">{items}</{tag}>\n</div>')
    flush()
    if p.cut is not None:
        u = ids()
        frames.append(er_frame(ids, [("p", "", esc(ER_CUT))]) + "\n"
                      f'<a class="nonblock nontext Button clearfix colelem" id="buttonu{u}" href="members.html"><!-- container box -->'
                      f'<div class="clearfix grpelem" id="u{u + 1}-4"><!-- content --><p id="u{u + 1}-2">Member log-in</p></div></a>')
        p.clutter += [ER_CUT, "Member log-in"]
    info = f"{ER_MAG} No. {no} \u00b7 {season} \u00b7 pp. {first}\u2013{last} \u00b7 Words: {writer}"
    head = [er_frame(ids, [("p", ' class="Issue-Line"', esc(info))]), er_frame(ids, [("h1", "", esc(p.title))])]
    if number(site, "infoafter", p.title, mod=3) == 0:
        head.reverse()
    p.clutter.append(info)
    main = "\n".join(head + frames)
    today = posted + timedelta(days=number(site, "today", p.title, mod=60))
    said, meeting = er_meeting(today)
    side_items = []
    for t in rng.sample(p.others, 3):
        quote = quotation_of(t)
        _, _, f2, l2 = er_issue(t)
        side_items.append(er_frame(ids, [("h4", "", f'<a class="nonblock" href="{er_url(t)}">{esc(t)}</a>'),
                                         ("p", ' class="Side-Pages"', f"pp. {f2}\u2013{l2}"),
                                         ("p", ' class="Side-Quote"', f"\u201c{esc(quote)}\u201d")]))
        p.clutter += [t, quote]
    side = (meeting + "\n" + er_frame(ids, [("h4", "", "Elsewhere in this Stillage")]) + "\n" + "\n".join(side_items))
    banner_line, banner = er_banner(today)
    p.clutter += [said, banner_line, *ER_FRAME_CLUTTER]
    body = er_body(main, side, banner, placed_before(site, "festival", p), er_cookie(p))
    return er_head(f"{p.title} | {ER_MAG}", slug(p.title)[:30]) + body


def eriskay_index(ix: IndexPage) -> str:
    """Past issues: each number with its articles, writers and printed pages."""
    ids = MuseIds("past-issues")
    by_issue: dict[tuple, list[str]] = {}
    for t in ix.site_titles:
        no, season, _, _ = er_issue(t)
        by_issue.setdefault((no, season), []).append(t)
    frames = [er_frame(ids, [("h1", "", "Past issues of The Stillage")]),
              er_frame(ids, [("p", "", "Every article from recent numbers, with the pages it filled in print. "
                                       "Paper copies of most issues can still be had at the Malt Shovel.")])]
    for (no, season), titles in sorted(by_issue.items(), reverse=True):
        rows = [("h3", "", f"No. {no}, {season}")]
        for t in titles:
            _, _, first, last = er_issue(t)
            rows.append(("p", "", f'<a class="nonblock" href="{er_url(t)}">{esc(t)}</a> \u2013 {esc(er_writer(t))}, pp. {first}\u2013{last}'))
        frames.append(er_frame(ids, rows))
    today = date(2015, 6, 20)
    _, meeting = er_meeting(today)
    _, banner = er_banner(today)
    return er_head(f"Past issues | {ER_MAG}", "past-issues") + er_body("\n".join(frames), meeting, banner, True, er_cookie(ix))


# ---- 3. scalpay: a private press society's occasional papers, Claris Home Page, 1998 -----------------------------

SC_SOC = "Fulbrook Private Press Society"
SC_NAV = [("Home", "index.html"), ("Occasional Papers", "papers.html"), ("Wayzgoose", "wayzgoose.html"),
          ("Membership", "members.html"), ("Links", "links.html")]
SC_WRITERS = ["Ione Stanier", "Crispin Wakerley", "Hester Chynoweth", "Julian Carveth", "Morwenna Nancarrow"]
SC_BOXES = [
    "Our Albion is inked up most Saturday mornings at the Old Bakehouse; visitors may pull a proof of {item}.",
    "{member} is setting {item} in 14-point Bembo this {month}. Volunteers to distribute type are always welcome.",
    "The Society's type specimen books may be consulted at the Old Bakehouse one Saturday each {month}; ring first.",
    "Spare cases of wood letter are for sale to members; speak to {member} before {day}.",
    "The Old Bakehouse is closed on {day} while the chimney breast is repointed.",
]
SC_ITEMS = ["the Wayzgoose keepsake", "a broadside of Clare's poems", "the Society's new bookplate", "a Christmas card in two colours",
            "our members' list", "a specimen of the Society's Gill Sans"]
SC_WAYZGOOSE = "Wayzgoose 1998: Saturday 20 June at the Old Bakehouse, Fulbrook. Bring a forme and a packed lunch."
SC_RING = "Proud member of the Fine Press Ring:"
SC_FOOT = [f"\u00a9 The {SC_SOC} 1998", "Comments to the webmaster",
           "Best viewed at 800 x 600 with Netscape Navigator 3 or later."]


def sc_writer(title: str) -> str:
    return SC_WRITERS[number("scalpay", "writer", title, mod=len(SC_WRITERS))]


def sc_no(title: str) -> int:
    return 5 + SITE_TITLES["scalpay"].index(title)


def sc_url(title: str) -> str:
    return f"paper{sc_no(title):02d}.html"


def sc_blurb(title: str) -> str:
    return f"{sc_writer(title)} on {ESSAYS_BY_TITLE[title]['card']['x']}."


def sc_page(title: str, body: str, counter: int, revised: date, top: str = "", bottom: str = "") -> str:
    nav = " | ".join(f'<A HREF="{href}">{esc(label)}</A>' for label, href in SC_NAV)
    return f"""<HTML>
<HEAD>
   <META HTTP-EQUIV="Content-Type" CONTENT="text/html;CHARSET=iso-8859-1">
   <META NAME="GENERATOR" CONTENT="Claris Home Page 3.0">
   <X-CLARIS-WINDOW TOP=42 BOTTOM=712 LEFT=8 RIGHT=538>
   <X-CLARIS-TAGVIEW MODE=minimal>
   <TITLE>{esc(title)}</TITLE>
</HEAD>
<BODY BGCOLOR="#FFFFF4" LINK="#7A1F12" VLINK="#5C5C5C">
<CENTER><IMG SRC="images/masthead.gif" WIDTH=540 HEIGHT=92 ALIGN=bottom ALT="The {SC_SOC}"></CENTER>

<P><CENTER><FONT SIZE="-1">{nav}</FONT></CENTER>

<P><HR WIDTH="80%">
{top}
{body}
{bottom}
<P><HR WIDTH="80%">

<P><CENTER><FONT SIZE="-1">Counter (from 12 January 1998): {fmt_int(counter)} visits<BR>
Last revised {revised.day} {revised.strftime('%B %Y')} &middot; <A HREF="mailto:webmaster@fulbrookpress.demon.co.uk">Comments to the webmaster</A><BR>
&copy; The {SC_SOC} 1998</FONT></CENTER>

<P><CENTER><FONT SIZE="-1">{SC_RING} [ <A HREF="http://www.webring.org/cgi-bin/webring?ring=finepress;id=14;prev">Previous</A> |
<A HREF="http://www.webring.org/cgi-bin/webring?ring=finepress;id=14;random">Random</A> |
<A HREF="http://www.webring.org/cgi-bin/webring?ring=finepress;id=14;next">Next</A> |
<A HREF="http://www.webring.org/cgi-bin/webring?ring=finepress;list">List sites</A> ]</FONT></CENTER>

<P><CENTER><FONT SIZE="-2">Best viewed at 800 x 600 with Netscape Navigator 3 or later.</FONT></CENTER>
</BODY>
</HTML>
"""


def sc_notice() -> str:
    return (f'<P><CENTER><TABLE BORDER=0 CELLPADDING=4 CELLSPACING=0 BGCOLOR="#7A1F12">\n   <TR>\n      <TD><FONT COLOR="#FFFFFF" SIZE="-1">'
            f"{esc(SC_WAYZGOOSE)}</FONT></TD>\n   </TR>\n</TABLE></CENTER>\n")


def scalpay(p: Page) -> str:
    rng = p.rng
    site = "scalpay"
    p.claimed_words = p.words
    backdate(p, LATEST_STUDY[site])
    writer = sc_writer(p.title)
    no = sc_no(p.title)
    revised = date(1998, 1, 12) + timedelta(days=number(site, "rev", p.title, mod=70))

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "OL" if ordered else "UL"
        return f"<{tag}>\n" + "\n".join(f"   <LI>{esc(i)}" for i in items) + f"\n</{tag}>"

    bold_heads = number(site, "heads", writer, mod=2) == 0  # some members typed their subheads as bold text
    heading = ((lambda v: f'<P><B><FONT SIZE="+1">{esc(v)}</FONT></B>') if bold_heads else (lambda v: f"<H3>{esc(v)}</H3>"))
    pieces = shown_pieces(p, heading, lambda v, k: f"<P>{esc(v)}", lambda v: f"<BLOCKQUOTE><I>{esc(v)}</I></BLOCKQUOTE>", listing)
    n_essay = len(pieces)
    if carries(site, "remark", 12, p):
        member = SC_WRITERS[number(site, "member", p.title, mod=len(SC_WRITERS))]
        day = revised + timedelta(days=5 + number(site, "day", p.title, mod=30))
        said = SC_BOXES[number(site, "box", p.title, mod=len(SC_BOXES))].format(
            member=member, item=SC_ITEMS[number(site, "item", p.title, mod=len(SC_ITEMS))],
            month=day.strftime("%B"), day=f"{day.strftime('%A')} {day.day} {day.strftime('%B')}")
        box = (f'<TABLE BORDER=1 CELLPADDING=6 CELLSPACING=0 WIDTH=200 ALIGN=right BGCOLOR="#F3EBD3">\n   <TR>\n      <TD>'
               f"<FONT SIZE=\"-1\"><B>At the Old Bakehouse</B><BR>\n      {esc(said)}</FONT></TD>\n   </TR>\n</TABLE>")
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("box", box))
        p.clutter += ["At the Old Bakehouse", said]
    turn = rank_of(site, "extra", 5, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Proof pulled on our Albion, {1996 + number(site, 'yr', p.title, mod=2)}."
        else:
            caption = f"{writer}'s own copy, photographed for this paper."
        img = (f'<P><CENTER><IMG SRC="images/p{no:02d}fig1.gif" WIDTH=320 HEIGHT={180 + number(site, "ih", p.title, mod=60)} BORDER=1 ALIGN=bottom>'
               f'<BR>\n<FONT SIZE="-1"><I>{esc(caption)}</I></FONT></CENTER>')
        slot_in(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("media", img))
        p.clutter.append(caption)
    if p.cut is None and p.refs:
        pieces.append(("heading", heading("Works consulted")))
        pieces.append(("refs", "\n".join(f"<P>{mk}" for _, mk in p.refs)))
    body = "\n".join(h for _, h in pieces)
    line = f"Occasional Paper No. {no} \u00b7 {writer} \u00b7 approx. {p.words} words"
    p.clutter.append(line)
    head = (f"<H2><CENTER>{esc(p.title)}</CENTER></H2>\n\n"
            f'<P><CENTER><FONT SIZE="-1"><I>Occasional Paper No. {no} &middot; {esc(writer)} &middot; approx. {p.words} words</I></FONT></CENTER>\n')
    if p.cut is not None:
        head = f'<P ALIGN=right><FONT SIZE="-1">Pages: 1 | <A HREF="paper{no:02d}b.html">2</A></FONT>\n' + head
        body += f'\n<P><CENTER><A HREF="paper{no:02d}b.html">Continued on page 2 &gt;&gt;</A></CENTER>'
        p.clutter += ["Pages: 1 | 2", "Continued on page 2 >>"]
    main = (f'<CENTER><TABLE BORDER=0 CELLPADDING=0 CELLSPACING=0 WIDTH=540>\n   <TR>\n      <TD>\n{head}\n{body}\n      </TD>\n   </TR>\n</TABLE></CENTER>')
    others = rng.sample(p.others, 4)
    related = ("\n<P><B>Other Occasional Papers</B>\n<UL>\n"
               + "\n".join(f'   <LI><A HREF="{sc_url(t)}">{esc(t)}</A> -- {esc(sc_blurb(t))}' for t in others) + "\n</UL>")
    p.clutter += ["Other Occasional Papers", *others, *[sc_blurb(t) for t in others]]
    counter = 310 + number(site, "hits", p.title, mod=2900)
    p.clutter += [f"Counter (from 12 January 1998): {fmt_int(counter)} visits",
                  f"Last revised {revised.day} {revised.strftime('%B %Y')}", SC_WAYZGOOSE, SC_RING, *SC_FOOT, "List sites"]
    early = placed_before(site, "wayzgoose", p)
    return sc_page(f"{SC_SOC}: {p.title}", main + related, counter, revised,
                   top=sc_notice() if early else "", bottom="" if early else sc_notice())


def scalpay_index(ix: IndexPage) -> str:
    """The list of Occasional Papers with prices, or the links page."""
    if ix.kind == "papers":
        rows = "\n".join(f'   <TR>\n      <TD>{sc_no(t)}</TD>\n      <TD><A HREF="{sc_url(t)}">{esc(t)}</A></TD>\n      <TD>{esc(sc_writer(t))}</TD>\n'
                         f'      <TD>\u00a3{1 + number("scalpay", "price", t, mod=2)}.{["00", "50"][number("scalpay", "pence", t, mod=2)]}</TD>\n   </TR>'
                         for t in ix.site_titles)
        body = (f"<H2><CENTER>Occasional Papers</CENTER></H2>\n\n<P>Printed copies of every paper can be had from the Secretary, post free "
                f"within the United Kingdom. Cheques payable to the Society, please.\n\n"
                f'<P><CENTER><TABLE BORDER=1 CELLPADDING=3 CELLSPACING=0 WIDTH=520>\n   <TR>\n      <TD><B>No.</B></TD>\n      <TD><B>Title</B></TD>\n'
                f"      <TD><B>Author</B></TD>\n      <TD><B>Price</B></TD>\n   </TR>\n{rows}\n</TABLE></CENTER>")
        return sc_page(f"{SC_SOC}: Occasional Papers", body, 2214, date(1998, 2, 23), top=sc_notice())
    links = [("Quoin Yard Printing Library", "type specimens and trade journals, open Wednesdays"),
             ("The Hand Press Circle", "a newsletter and two meetings a year"),
             ("Slug and Lead", "a mailing list for people who still print with type"),
             ("Thornhaugh Type Museum", "by appointment only"),
             ("Collectors of Fine Books Association", "for owners of private press books")]
    items = "\n".join(f'   <LI><A HREF="http://www.example.org.uk/{slug(a)}/">{esc(a)}</A> -- {esc(b)}' for a, b in links)
    body = (f"<H2><CENTER>Links</CENTER></H2>\n\n<P>Other presses, libraries and societies our members find useful. "
            f"Tell the webmaster about broken links.\n\n<UL>\n{items}\n</UL>")
    return sc_page(f"{SC_SOC}: Links", body, 987, date(1998, 3, 2), bottom=sc_notice())


# ---- 4. pabbay: a coin society's blog, published with RapidWeaver, 2010 ------------------------------------------

PB_SOC = "Thirlby Numismatic Society"
PB_BLOG = "Coin Notes"
PB_HOST = "http://www.thirlbycoins.org.uk"
PB_NAV = [("Home", "../index.html"), ("Meetings", "../meetings/index.html"), (PB_BLOG, "index.html"),
          ("Library", "../library/index.html"), ("Join us", "../join/index.html"), ("Contact", "../contact/index.html")]
PB_WRITERS = ["Alan Prentice", "Jean Trevorrow", "Vic Mitchinson", "Ruth Oxborrow", "Bernard Woolcock"]
PB_CATEGORIES = ["Ancient", "Hammered", "Milled", "Modern", "Tokens and paper", "World coins"]
PB_FILED = {"Electrum at Ephesus": "Ancient", "Twenty Shillings in Gold": "Hammered", "Old Coppernose": "Hammered",
            "Cut Halves No More": "Hammered", "Twopence by Steam": "Milled", "Saint George on Gold": "Milled", "Una's Lion": "Milled",
            "Gold from the Guinea Coast": "Milled", "Named After a Village": "Hammered", "Twelve Sides": "Modern",
            "Seven Curved Sides": "Modern", "The Mint Moves to Wales": "Modern", "Druids Instead of Kings": "Tokens and paper",
            "Paper in Sichuan": "Tokens and paper", "The Coin That Was Never Issued": "World coins",
            "The Empress Who Travelled": "World coins", "Three Small Letters": "World coins", "Animals on the Coins": "World coins"}
PB_COINS = ["a George II halfpenny", "a Victorian bun penny", "an Edward VII florin", "a William III sixpence",
            "a Charles I half crown", "a George V crown"]
PB_FAIR = "Thirlby Coin Fair: Saturday 17 April 2010 at the Corn Hall, 9.30am to 3pm. 38 dealers, free valuations, entry \u00a31."
PB_MEETING = ["Thursday 18 March, 7.30pm, Corn Hall committee room.", "Members' short talks, then the bring-and-sell table."]
PB_FOOT = f"\u00a9 2010 {PB_SOC} \u00b7 Meetings on the third Thursday, Corn Hall, Thirlby"
PB_COMMENTERS = ["Mike Gedye", "Sue Trebilcock", "tokenman", "Phil from Leicester", "R Sleeman", "hammered_harry"]
PB_COMMENTS = [
    "Enjoyed this. I have {coin} from my grandfather's tobacco tin and will bring it along on Thursday.",
    "Good piece, though I would love to see where the figures come from. Is there a list of books?",
    "Thanks {first}. Any chance of turning this into a talk at the Corn Hall?",
    "Fascinating. Saw something similar on a dealer's tray at the York fair last year.",
    "Not sure I agree about the ending, but well argued as ever.",
    "Has anyone returned our Spink catalogue to the library shelf yet? Asking for a friend.",
]


def pb_writer(title: str) -> str:
    return PB_WRITERS[number("pabbay", "writer", title, mod=len(PB_WRITERS))]


def pb_when(title: str) -> datetime:
    day = date(2009, 8, 3) + timedelta(days=12 * SITE_TITLES["pabbay"].index(title) + number("pabbay", "d", title, mod=5))
    return datetime(day.year, day.month, day.day, 18 + number("pabbay", "h", title, mod=5), number("pabbay", "m", title, mod=60))


def pb_category(title: str) -> str:
    return PB_FILED[title]


def pb_url(title: str) -> str:
    return f"files/{slug(title)[:28]}.html"


def pb_sidebar(pick: str | None) -> tuple[str, list[str]]:
    """The sidebar RapidWeaver writes into every page at publishing time, plus one archive entry per page."""
    titles = SITE_TITLES["pabbay"]
    recent = sorted(titles, key=pb_when, reverse=True)[:5]
    counts = {c: n for c in PB_CATEGORIES if (n := sum(pb_category(t) == c for t in titles))}
    months: dict[str, int] = {}
    for t in sorted(titles, key=pb_when, reverse=True):
        key = pb_when(t).strftime("%B %Y")
        months[key] = months.get(key, 0) + 1
    words = ["At the Corn Hall next", *PB_MEETING, "Recent entries", "Categories", "Archives", "RSS Feed",
             *[f"{c} ({n})" for c, n in counts.items()], *[f"{m} ({n})" for m, n in months.items()]]
    box = ""
    if pick is not None:
        said = background_of(pick)
        box = (f'<div class="sideHeader">Out of the coin cabinet</div>\n<p class="archive-pick"><a href="{pb_url(pick)}">{esc(pick)}</a><br />'
               f'<span class="archive-pick-date">{pb_when(pick).strftime("%d/%m/%y")}</span><br />{esc(said)}</p>\n')
        words += ["Out of the coin cabinet", pick, said]
    side = (f'<div class="sideHeader">At the Corn Hall next</div>\n<p>{esc(PB_MEETING[0])}<br />{esc(PB_MEETING[1])}</p>\n'
            + box
            + '<div class="sideHeader">Recent entries</div>\n<ul class="blog-recent">'
            + "".join(f'<li><a href="{pb_url(t)}">{esc(t)}</a></li>' for t in recent) + "</ul>\n"
            + '<div id="blog-categories"><div class="sideHeader">Categories</div>\n'
            + "".join(f'<a href="files/category-{slug(c)}.html" class="blog-category-link-enabled">{esc(c)}</a> ({n})<br />\n' for c, n in counts.items())
            + '</div>\n<div id="blog-archives"><div class="sideHeader">Archives</div>\n'
            + "".join(f'<a class="blog-archive-link-enabled" href="files/archive-{slug(m)}.html">{m}</a> ({n})<br />\n' for m, n in months.items())
            + '</div>\n<div id="blog-rss-feeds"><a class="blog-rss-link" href="rss.xml" rel="alternate" type="application/rss+xml" title="RSS Feed">RSS Feed</a><br />\n</div>')
    return side, words + recent


def pb_page(title: str, content: str, side: str, fair_top: bool) -> str:
    current = ' id="current"'
    nav = "".join(f'<li><a href="{href}" rel="self"{current if label == PB_BLOG else ""}>{esc(label)}</a></li>' for label, href in PB_NAV)
    fair = f'<div class="fair-banner"><p>{esc(PB_FAIR)}</p></div>\n'
    mail = "".join(f'var _rwObsfuscatedHref{k} = "{part}";' for k, part in enumerate(["mai", "lto", ":se", "cre", "tar", "y@t", "hir", "lby", "coi", "ns.", "org", ".uk"]))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
\t<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
\t<meta name="generator" content="RapidWeaver" />
\t<title>{esc(title)}</title>
\t<link rel="stylesheet" type="text/css" media="screen" href="../rw_common/themes/ledger/styles.css" />
\t<link rel="stylesheet" type="text/css" media="screen" href="../rw_common/themes/ledger/colourtag-blue.css" />
\t<script type="text/javascript" src="../rw_common/themes/ledger/javascript.js"></script>
\t<link rel="alternate" type="application/rss+xml" title="RSS Feed" href="{PB_HOST}/coin-notes/rss.xml" />
</head>
<body>
<div id="container">
\t<div id="pageHeader">
\t\t<img src="../rw_common/images/thirlby-logo.png" width="96" height="96" alt="Site logo" />
\t\t<h1>{PB_SOC}</h1>
\t\t<h2>Coins, tokens and medals since 1962</h2>
\t</div>
\t<div id="navcontainer"><ul>{nav}</ul></div>
\t<div id="contentContainer">
\t\t<div id="content">
{fair if fair_top else ""}{content}
{"" if fair_top else fair}\t\t</div>
\t</div>
\t<div id="sidebarContainer">
\t\t<div id="sidebar">
{side}
\t\t</div>
\t</div>
\t<div class="clearer"></div>
\t<div id="footer"><p>{esc(PB_FOOT)} | <a href="#" id="rw_email_contact">Contact Us</a><script type="text/javascript">{mail}var _rwObsfuscatedHref = _rwObsfuscatedHref0+_rwObsfuscatedHref1+_rwObsfuscatedHref2+_rwObsfuscatedHref3+_rwObsfuscatedHref4+_rwObsfuscatedHref5+_rwObsfuscatedHref6+_rwObsfuscatedHref7+_rwObsfuscatedHref8+_rwObsfuscatedHref9+_rwObsfuscatedHref10; document.getElementById('rw_email_contact').href = _rwObsfuscatedHref;</script></p></div>
</div>
</body>
</html>
"""


def pabbay(p: Page) -> str:
    rng = p.rng
    site = "pabbay"
    backdate(p, LATEST_STUDY[site])
    writer = pb_writer(p.title)
    when = pb_when(p.title)

    def listing(ordered: bool, items: list[str]) -> str:
        tag, cls = ("ol", "arabic-numbers") if ordered else ("ul", "disc")
        return f'<{tag} class="{cls}">' + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"

    pieces = shown_pieces(p, lambda v: f'<span style="font-size:15px; font-weight:bold; ">{esc(v)}</span>', lambda v, k: esc(v),
                          lambda v: f'<span style="font-style:italic; ">{esc(v)}</span>', listing)
    n_essay = len(pieces)
    if carries(site, "remark", 12, p):
        coin = PB_COINS[number(site, "coin", p.title, mod=len(PB_COINS))]
        a = 8 + number(site, "fine", p.title, mod=40)
        b = a * (2 + number(site, "vf", p.title, mod=2)) + 5
        c = b * 3 - 10 * number(site, "ef", p.title, mod=3)
        said = f"Typical prices for {coin}: Fine \u00a3{a} \u00b7 Very Fine \u00a3{b} \u00b7 Extremely Fine \u00a3{c}"
        box = (f'<div class="price-guide" style="border:1px solid #c9b88a; padding:6px; margin:10px 0; font-size:11px; ">'
               f"{esc(said)}</div>")
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("block", box))
        p.clutter.append(said)
    turn = rank_of(site, "extra", 5, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Out of our trays: {PB_COINS[number(site, 'pcoin', p.title, mod=len(PB_COINS))]}, photographed by {writer}."
        else:
            caption = f"Members' table at the {when.year - 1 - number(site, 'py', p.title, mod=3)} Thirlby coin fair."
        img = (f'<img class="imageStyle" alt="Coin photograph" src="files/page{3 + number(site, "pg", p.title, mod=40)}_{1 + turn}.jpg" width="320" height="160" /><br />'
               f'<span style="font-size:10px; ">{esc(caption)}</span>')
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("block", img))
        p.clutter.append(caption)
    if p.refs:
        pieces.append(("heading", '<span style="font-size:15px; font-weight:bold; ">On the library shelf</span>'))
        pieces.append(("refs", "<br />".join(mk for _, mk in p.refs)))
    # RapidWeaver's styled text: one run of text, blank lines becoming double breaks; a heading takes a single break
    body = ""
    for k, (kind, html) in enumerate(pieces):
        if k:
            prev = pieces[k - 1][0]
            if kind == "block" or prev == "block" or html.startswith(("<ul", "<ol")) or pieces[k - 1][1].startswith(("<ul", "<ol")):
                body += "\n"
            elif prev == "heading":
                body += "<br />\n"
            else:
                body += "<br /><br />\n"
        body += html
    entry = (f'\t\t\t<div class="blog-entry">\n\t\t\t<h1 class="blog-entry-title"><a href="{pb_url(p.title)}" class="blog-permalink">{esc(p.title)}</a></h1>\n'
             f'\t\t\t<div class="blog-entry-date">{when.strftime("%d/%m/%y %H:%M")} Filed in: <a href="files/category-{slug(pb_category(p.title))}.html">{esc(pb_category(p.title))}</a> '
             f'<span class="blog-entry-author">| by {esc(writer)}</span></div>\n'
             f'\t\t\t<div class="blog-entry-body">\n{body}\n\t\t\t<div class="blog-entry-comments"><a href="{pb_url(p.title)}#disqus_thread" class="blog-comment-link">Comments</a></div>\n'
             f"\t\t\t</div>\n\t\t\t</div>\n")
    p.clutter += [f"{when.strftime('%d/%m/%y %H:%M')} Filed in: {pb_category(p.title)}", f"| by {writer}"]
    if carries(site, "comments", 10, p):
        n = 1 + number(site, "ncom", p.title, mod=3)
        people = random.Random(f"set36:{SEED}:pabbay:who:{p.title}").sample(PB_COMMENTERS, n)
        said = random.Random(f"set36:{SEED}:pabbay:said:{p.title}").sample(PB_COMMENTS, n)
        items = ""
        for k, (who, text) in enumerate(zip(people, said)):
            text = text.format(coin=PB_COINS[number(site, "ccoin", p.title, k, mod=len(PB_COINS))], first=writer.split()[0])
            ago = f"{1 + number(site, 'ago', p.title, k, mod=9)} weeks ago"
            items += (f'<li class="dsq-comment" id="dsq-comment-{number(site, "cid", p.title, k, mod=90000000)}"><div class="dsq-comment-header">'
                      f'<cite>{esc(who)}</cite> <span class="dsq-comment-date">{ago}</span></div>'
                      f'<div class="dsq-comment-body"><div class="dsq-comment-message"><p>{esc(text)}</p></div></div></li>\n')
            p.clutter += [text, f"{who} {ago}"]
        entry += (f'\t\t\t<div id="disqus_thread"><div id="dsq-content"><h3 id="dsq-comments-title">{plural(n, "Comment")}</h3>\n'
                  f'<ul id="dsq-comments">\n{items}</ul></div></div>\n')
        p.clutter.append(plural(n, "Comment"))
    side, words = pb_sidebar(rng.choice(p.others))
    p.clutter += [w for w in words if w != p.title] + [PB_FAIR, PB_FOOT, "Contact Us", "Coins, tokens and medals since 1962", PB_SOC]
    return pb_page(f"{PB_BLOG} | {p.title}", entry, side, placed_before(site, "fair", p))


def pabbay_index(ix: IndexPage) -> str:
    """The blog's archive page: every entry by month, with its date and category."""
    months: dict[str, list[str]] = {}
    for t in sorted(ix.site_titles, key=pb_when, reverse=True):
        months.setdefault(pb_when(t).strftime("%B %Y"), []).append(t)
    rows = ""
    for m, ts in months.items():
        rows += f'<h2 class="blog-archive-month">{m}</h2>\n<ul class="blog-archive-list">\n'
        rows += "".join(f'<li><a href="{pb_url(t)}">{esc(t)}</a> <span class="blog-archive-date">{pb_when(t).strftime("%d/%m/%y")}, {esc(pb_category(t))}</span></li>\n'
                        for t in ts)
        rows += "</ul>\n"
    content = (f'\t\t\t<div class="blog-archive-headings-wrapper"><h1 class="blog-archive-title">{PB_BLOG}: the archive</h1>\n'
               f"<p>Everything members have written here since the blog began. Most entries also exist on paper in the library box.</p>\n</div>\n{rows}")
    side, _ = pb_sidebar(None)
    return pb_page(f"{PB_BLOG} | Archive", content, side, True)


# -------------------------------------------------------------------------------------------------- runner

SITES = {  # site -> (essay page writer, no-essay writer, no-essay kinds, pages cut short, pages with references)
    "vatersay": (vatersay, vatersay_index, ["notice", "bydate"], 3, 3),   # reply quote above or below; cut = part 1 of 2
    "eriskay": (eriskay, eriskay_index, ["pastissues"], 3, 3),           # festival strip moves; cut = print only
    "scalpay": (scalpay, scalpay_index, ["papers", "links"], 3, 3),       # wayzgoose notice moves; cut = continued elsewhere
    "pabbay": (pabbay, pabbay_index, ["archive"], 0, 3),                  # coin fair banner moves
}
CUT_PAGES: dict[str, set[int]] = {}
ENCODING = {"scalpay": "latin-1"}  # the 1998 site is saved as 8-bit text; characters outside it become numeric references


def save(path: Path, site: str, text: str) -> None:
    path.write_bytes(text.encode(ENCODING.get(site, "utf-8"), "xmlcharrefreplace"))


def units_of(essay: dict) -> set[str]:
    """Blocks (bar headings) and list entries, normalised, when they exceed five words."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int) -> dict[str, list[dict]]:
    """Takes each site's cards in seeded order and drafts essays, skipping a draft that repeats a kept block."""
    kept: list[tuple[dict, set[str], str]] = []
    chosen: dict[str, list[dict]] = {}
    for name, (_, _, kinds, _, _) in SITES.items():
        need = PAGES_PER_SITE - len(kinds)
        mine = [c for c in cards if c["host"] == name]
        random.Random(f"set36:{seed}:{name}:cards").shuffle(mine)
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
            raise SystemExit(f"{name}: {len(chosen[name])} essays usable, {need} wanted")
    return chosen


def index_pages(name: str, kinds: list[str]) -> dict[int, str]:
    """Seeded choice of essayless page slots (never first or last), each given its kind."""
    spots = sorted(random.Random(f"set36:{SEED}:{name}:noessay").sample(range(2, PAGES_PER_SITE), len(kinds)))
    return dict(zip(spots, kinds))


def write_folders(outdir: Path, seed: int, chosen: dict[str, list[dict]]) -> list[str]:
    """Emits pages plus truths site by site, returning lines for SOURCES.tsv; cuts and references follow set
    one's drawing method, restricted to essay-bearing pages."""
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
    ap.add_argument("--seed", type=int, default=2036)
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
    print(f"{len(SITES)} sites x {PAGES_PER_SITE} pages into {args.outdir}: {need} essays from "
          f"{len(cards)} cards, {len(SITES) * PAGES_PER_SITE - need} pages without one")


if __name__ == "__main__":
    main()
