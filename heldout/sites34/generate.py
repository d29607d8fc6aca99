"""Set 34 of the held-out site folders (issue 13). Made up for a first-contact test of site learning: four
imaginary hosts that publish essay-like pieces, eighteen HTML pages per host, never shown to the people who
write the extractor.

    run with the project's interpreter: generate.py OUTDIR [--seed 2034]

Each host gets a folder OUTDIR/<host> of eighteen pages, numbered from page-01.html, with a truth/ subfolder
holding one .md per page that bench/scoring.py reads without complaint. A page or two per host is a listing or notice
with no essay on it (journal back numbers, a caving meets list, a club's article grid, a shop's blog index,
workshop prices, the contents of an anniversary series); those truths are marked no_essay. The essays exist
nowhere else: the run puts them together out of this script's own cards and phrasings, and SOURCES.tsv, one
level above the host folders, records the card behind each page. Output depends on the seed alone.

Hosts (page kinds):
  mousa     Caving club, 2007. Journal articles in a Dreamweaver template built of tables; a small table of
            source, author and length above the heading; pull quotes that repeat a line of the text; long
            pieces cut at the end of web page one; sibling articles shown with the lead of strand one
  uyea      Bridge club, 2012. ASP.NET WebForms; the title is a span; the menu renders as nested tables; a
            dealt hand with a fresh commentary on most pages; sponsor lines between paragraphs; a members'
            wall; a printer link that states a page count; siblings shown by their second scholar's figure
  hascosay  Bicycle shop, 2022. A hosted shop's blog; staff notes worded three ways inside the story;
            italic captions that pass for paragraphs; priced products, reader comments and a word count;
            siblings shown by the last sentence of their background paragraph
  noss      Rowing club, 2017. A hosted website builder's blog; one unchanging introduction in prose at the
            top of most parts; a closing line naming the series; an appeal whose total grows; siblings shown
            by excerpts the editor cut at twenty-five words

Sets 1, 2 and 3 lend, untouched: truth files, made-up bibliographies, HTML escaping, digit grouping,
choosing where an inserted block lands, and plural nouns.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import importlib.util
import math
import random
import re
from datetime import date, timedelta
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
# Card format: a line each, twelve "|"-separated fields. host | title | subject | x, worded to sit inside a
# sentence | people | setting | period (must include a year written with four digits) | the three strands, ";" between them |
# thesis | rival view (both worded to follow "that") | fact one | fact two (a sentence each, with no full stop
# before its last character).

ESSAY_CARDS = """
mousa | The Frenchman on the Rope | caving history | Edouard-Alfred Martel's descent of Gaping Gill | the French lawyer Edouard-Alfred Martel, the farm hands who paid out the rope and the Yorkshire Ramblers who followed him down | the moor below Ingleborough in the Yorkshire Dales | 1889 to 1896 | the earlier descents into the chasm of Padirac; the rope ladder lowered down the main shaft; the local club that made the second descent a year later | Martel succeeded because he arrived with the tackle and the nerve that local men had not yet put together | Martel's descent was a stunt that added nothing to knowledge | Edouard-Alfred Martel explored the chasm of Padirac in 1889. | Edouard-Alfred Martel reached the floor of Gaping Gill in August 1895.
mousa | Seventeen Days in Sand Cave | caving history | the entrapment of Floyd Collins | the Kentucky caver Floyd Collins, the volunteers at the narrow crawl and the young reporter William Burke Miller | Sand Cave in the cave country of central Kentucky | 1925 to 1926 | the boulder that pinned his foot; the newspaper and wireless coverage; the rescue shaft dug too late | the rescue failed because it was run as a public spectacle rather than as an operation | no rescue of any kind could have saved him | Floyd Collins was trapped in Sand Cave in January 1925. | Rescuers reached the body of Floyd Collins in February 1925.
mousa | A Guide Underground | caving history | Stephen Bishop's exploration of Mammoth Cave | the enslaved guide Stephen Bishop, the owners of the cave hotel and the visitors he led by lamplight | the passages of Mammoth Cave in Kentucky | 1838 to 1857 | the crossing of the bottomless pit; the map he drew from memory; the visitors' books that recorded his name | Bishop's skill made the cave famous while the law kept its rewards from him | Bishop's fame is a later legend built on scraps | Stephen Bishop began guiding visitors through Mammoth Cave in 1838. | Stephen Bishop died in 1857.
mousa | Walking on the Riverbed | cave diving history | the first dives at Wookey Hole | the divers Graham Balcombe and Jack Sheppard, the diver Penelope Powell and the diving firm that lent them helmets | the rising of the river Axe at Wookey Hole in Somerset | 1935 to 1946 | the heavy standard dress borrowed for the dives; the telephone line to the surface; the group formed after the war | the Wookey dives began cave diving as a team discipline rather than a solo adventure | the Wookey dives were reckless stunts | Graham Balcombe and Penelope Powell dived in Wookey Hole in 1935. | The Cave Diving Group was founded in 1946.
mousa | The Lamplighter's Discovery | show cave history | the opening of Postojna cave to visitors | the lamplighter Luka Cec, the emperor's visiting party and the guides who lit the passages | the limestone country of Carniola | 1818 to 1884 | the climb beyond the known passages; the imperial visit; the electric light installed decades later | Postojna became a show cave because its discovery arrived just as a royal party was coming to see it | sheer size alone made the cave famous | Luka Cec found the inner passages of Postojna cave in 1818. | Electric lighting was installed in Postojna cave in 1884.
mousa | A Cowboy's Lantern | show cave history | Jim White and the Carlsbad caverns | the cowhand Jim White, the guano miners and the surveyors of the national park service | the desert hills of south-east New Mexico | 1898 to 1930 | the bats rising at dusk that drew him in; the guano dug from the big room; the national park created | the caverns were saved by guano money and a good storyteller | White's story is too good to be true and should be set aside | Jim White began exploring the caverns in 1898. | Congress made the caverns a national park in 1930.
mousa | A Thousand Metres Down | caving history | the descent of the Gouffre Berger past a thousand metres | the Grenoble caver Joseph Berger, the expedition teams and the film crew that followed them underground | the Vercors plateau above Grenoble | 1953 to 1956 | the small opening found in the limestone; the flooded pitches below; the record depth reached | the record came from patient camps underground, not from a single push | the record owed everything to luck with the weather | Joseph Berger found the entrance of the gouffre in 1953. | Cavers passed a depth of a thousand metres in the Gouffre Berger in 1956.
mousa | Two Months without a Clock | cave science history | Michel Siffre's months underground | the geologist Michel Siffre, the team at the surface and the physiologists who studied his records | the Scarasson chasm in the Maritime Alps | 1962 to 1972 | the underground glacier where he camped; the telephone calls that logged his days; the later experiment in Texas | Siffre's stay mattered because it turned a cave into a laboratory for the body | the experiment was an adventure with a scientific gloss | Michel Siffre spent about two months alone underground in the Scarasson chasm in 1962. | Michel Siffre spent six months in Midnight Cave in Texas in 1972.
mousa | The Largest Room | caving history | the discovery of the Sarawak Chamber | the British cavers Andy Eavis, Dave Checkley and Tony White, the Mulu expedition and the Sarawak government | the limestone of Gunung Mulu in Borneo | 1977 to 1981 | the expedition that surveyed the new park; the lamps that failed to reach the walls; the survey that measured the chamber | the chamber was found by patient survey rather than by a lucky stumble | the chamber's size has been inflated by cavers' pride | British cavers joined a scientific expedition to Gunung Mulu in 1977. | The Sarawak Chamber was found in January 1981.
mousa | Lights on the Ceiling | show cave history | the glowworm caves at Waitomo | the Maori chief Tane Tinorau, the surveyor Fred Mace and the government that took over the caves | the limestone hills of Waitomo in the King Country of New Zealand | 1887 to 1906 | the raft floated in on the stream; the tours run by the chief's family; the government takeover | Waitomo's early years show local guides building a trade that officials later took from them | the caves were developed by government from the start | Tane Tinorau and Fred Mace explored the glowworm cave at Waitomo in 1887. | The New Zealand government took over the Waitomo caves in 1906.
mousa | Candles and a Coracle | caving history | the Morgan brothers' exploration of Dan yr Ogof | the brothers Tommy and Jeff Morgan, their family near Craig-y-nos and the cavers who pushed on after them | the upper Swansea valley in Wales | 1912 to 1966 | the candles and the coracle that took them over the lakes; the show cave opened to the public; the great extensions found by later clubs | the show cave grew from a family's curiosity, while its depths were the work of clubs | the Morgan brothers found everything that matters there | The Morgan brothers explored Dan yr Ogof in 1912. | Cavers broke through into long new passages beyond the show cave in 1966.
mousa | A Cave Full of Ice | caving history | the exploration of the ice cave above Werfen | the Salzburg naturalist Anton Posselt, the explorer Alexander von Mork and the club that built paths into the ice | the cliffs of the Tennengebirge above Werfen | 1879 to 1920 | the first venture a short way into the ice; the expeditions before the First World War; the paths and steps that opened it to visitors | the ice cave was opened by amateurs long before any scientist took an interest | the ice cave was explored as a scientific project | Anton Posselt entered the ice cave above Werfen in 1879. | Alexander von Mork led explorations of the ice cave in 1912 and 1913.
mousa | Crystals in a Hot Mine | cave science history | the cave of the crystals at Naica | the miners of the Naica silver and lead mine, the geologists who studied the crystals and the pumps that kept the chamber dry | the mine under the Sierra de Naica in Chihuahua | 1910 to 2000 | the smaller crystal cave found early in the century; the great chamber opened by miners; the heat that limits every visit | the crystals survive only because a mine needs to pump out water | the crystals are safe whatever the mine does | Miners found a cave lined with crystals at Naica in 1910. | Miners broke into the great chamber of giant crystals at Naica in 2000.
mousa | Chalk for a Road | cave history | the caves at West Wycombe | the landowner Sir Francis Dashwood, the farm labourers who dug the chalk and the club whose name stuck to the caves | the hill at West Wycombe in Buckinghamshire | 1748 to 1752 | the chalk taken to mend the road to High Wycombe; the club that met there; the rumours that grew in the telling | the caves were a public works scheme first and a club's haunt second | the caves were dug for secret rites | Sir Francis Dashwood had chalk dug from the hill at West Wycombe from about 1748. | The road from West Wycombe to High Wycombe was remade with the chalk by about 1752.
mousa | A Draught through the Rubble | caving history | the breakthrough at Lechuguilla Cave | the Colorado cavers who dug through the rubble, the park service that gave permission and the scientists who studied the cave's microbes | the desert park lands of south-east New Mexico | 1984 to 1986 | the wind blowing up through the rubble; the dig that opened the way; the gypsum and sulphur formations beyond | Lechuguilla was opened by cavers reading the wind, not by chance | the discovery was pure luck | Cavers were given permission to dig in the entrance pit of Lechuguilla Cave in 1984. | Cavers dug through into the passages of Lechuguilla Cave in May 1986.
mousa | Bones in Burrington Combe | cave archaeology | the bones of Aveline's Hole | the rabbit catchers who found the cave, the Bristol spelaeologists who dug it and the bombers whose raid destroyed the finds | the gorge of Burrington Combe on Mendip | 1797 to 1940 | the skeletons found by rabbit catchers; the digs between the wars; the museum lost in an air raid | Aveline's Hole is known through patient amateurs, and its losses came from war rather than neglect | the site was ruined by careless diggers | Rabbit catchers found human bones in Aveline's Hole in 1797. | The University of Bristol Spelaeological Society was founded in 1919.
mousa | Paintings behind a Rockfall | cave archaeology | the finding of the Chauvet cave paintings | the three cavers Jean-Marie Chauvet, Eliette Brunel and Christian Hillaire, the archaeologists who dated the paintings and the state that closed the cave | the gorge of the Ardeche in southern France | 1994 to 1995 | the draught felt through a rockfall; the single path marked out on the floor; the dates that upset the story of art | the cavers' restraint in the first hours protected the cave as much as any law | the paintings would have been safe whoever found them | Three cavers found the painted chambers of the Chauvet cave in December 1994. | Radiocarbon dates for the Chauvet paintings were published in 1995.
mousa | Breaking the Dam | show cave history | the opening of Ingleborough Cave | the estate workmen of the Farrer family, the visitors from Clapham and the scientists who measured the stalagmites | the valley above Clapham in the Yorkshire Dales | 1837 to 1845 | the calcite barrier broken to drain a pool; the new passages shown to visitors; the stalagmite measured to date the cave | Ingleborough Cave was a landowner's project more than an explorer's | the cave was opened as a scientific enterprise | Workmen broke through a calcite barrier in Ingleborough Cave in 1837. | The Farrer family of Clapham owned the estate on which Ingleborough Cave lies.
uyea | According to Hoyle | card game history | Edmond Hoyle's short treatise on whist | the teacher of whist Edmond Hoyle, the coffee-house players he taught and the printers who pirated his book | the coffee houses and drawing rooms of London | 1742 to 1769 | the pamphlet sold dearly to his pupils; the pirated editions; the name that became a byword for rules | pirated copies spread Hoyle's name further than his own editions ever did | Hoyle invented the rules that carry his name | Edmond Hoyle published his short treatise on whist in 1742. | Edmond Hoyle died in London in 1769.
uyea | A Pamphlet Called Biritch | card game history | the pamphlet on biritch or Russian whist | its little-known author John Collinson, the players of the Levant and the London clubs that took up the game | London clubs and the harbours of the Levant | 1886 to 1894 | the four pages of rules printed in London; the dummy hand laid on the table; the clubs that took bridge up as a pastime | bridge began as a variation of whist carried by travellers, not as the invention of one mind | bridge was invented in a single London club | A pamphlet on biritch or Russian whist was printed in London in 1886. | Bridge whist was being played at the Portland Club in London by 1894.
uyea | Bidding for Trumps | card game history | the arrival of auction bridge | the players in India credited with the bidding idea, the members of London clubs and the rule makers of the Portland Club | the clubs of British India and London | 1904 to 1908 | the bidding that replaced the dealer's choice; the quarrels over scoring; the first official code of rules | auction bridge spread because bidding made every player part of the hand | auction bridge was a passing fad | Auction bridge began to be played in 1904. | The Portland Club published official rules for auction bridge in 1908.
uyea | A Cruise to Havana | card game history | Harold Vanderbilt's contract bridge | the millionaire yachtsman Harold Vanderbilt, his fellow passengers on the liner Finland and the card clubs of New York | the liner Finland on a cruise through the Panama Canal to Havana | 1925 to 1928 | the scoring table worked out on board; the spread of the game through New York clubs; the trophy that bears his name | contract bridge won because its scoring rewarded accurate bidding | contract bridge was an old French game under a new name | Harold Vanderbilt worked out the scoring of contract bridge on a cruise in November 1925. | The first Vanderbilt Cup was played in 1928.
uyea | The Bridge Battle | card game history | Ely Culbertson's match against Sidney Lenz | the showman Ely Culbertson, his wife and partner Josephine and the veteran Sidney Lenz | the hotel rooms of New York where the match was played | 1929 to 1932 | the magazine that made Culbertson's name; the match reported in daily newspapers; the bidding system sold in millions of books | the match was won at the card table and in the newspapers at the same time | Culbertson's success was nothing but salesmanship | Ely Culbertson founded the magazine The Bridge World in 1929. | Ely Culbertson won his long match against Sidney Lenz in January 1932.
uyea | A Quarrel over a Hand | social history of bridge | the Bennett bridge murder | the Kansas City couple Myrtle and John Bennett, their neighbours at the card table and the lawyer James Reed who defended her | an apartment in Kansas City | 1929 to 1931 | the quarrel over a hand of contract bridge; the trial that turned on an accident; the fame the case gave the game | the Bennett killing seized the public because it fed an appetite for bridge that already existed | the case caused the bridge boom of the 1930s | Myrtle Bennett shot her husband after a game of bridge in Kansas City in September 1929. | A jury acquitted Myrtle Bennett in 1931.
uyea | Fingers on the Cards | bridge history | the accusations against Terence Reese and Boris Schapiro | the British players Terence Reese and Boris Schapiro, the American players who watched their hands and the inquiry led by Sir John Foster | the world championship in Buenos Aires | 1965 to 1966 | the finger signals alleged by observers; the British matches forfeited; the London inquiry that cleared them | the affair was never settled because the evidence could not match the suspicion | the inquiry settled the matter for good | British players were accused of cheating at the world championship in Buenos Aires in 1965. | An inquiry in London under Sir John Foster cleared the two players in 1966.
uyea | A Cup from Bermuda | bridge history | the first Bermuda Bowl | the American team, the players from Britain and Europe and the island's hosts | the hotels of Bermuda | 1950 to 1958 | the American team's match against the Europeans; the rules for world championships; the world federation founded later | the Bermuda Bowl mattered because it gave a loose hobby a recognised world title | the contest was a holiday match with no lasting effect | The first Bermuda Bowl was played in Bermuda in 1950. | The World Bridge Federation was founded in 1958.
uyea | A Club in Acol Road | bridge history | the Acol bidding system | the young players Jack Marx and Skid Simon, the older Maurice Harrison-Gray and the club members of north London | a bridge club in Acol Road in Hampstead | 1934 to 1945 | the natural bidding style; the books that spread it; the British teams that used it | Acol spread because it suited players who disliked memorising systems | Acol was devised to win a single match | The Acol system took its name from a club in Acol Road in Hampstead. | Skid Simon published Why You Lose at Bridge in 1945.
uyea | Counting to Thirteen | bridge history | Charles Goren's point count | the lawyer turned player Charles Goren, the older writer Milton Work who devised the count and the millions who read Goren's columns | the bridge clubs and newspaper columns of the United States | 1949 to 1958 | the four-three-two-one count for high cards; the points added for distribution; the cover of a news magazine | the point count won because it made bidding teachable | Goren invented the point count from nothing | Charles Goren published Point Count Bidding in 1949. | Charles Goren appeared on the cover of Time magazine in 1958.
uyea | The Blue Team | bridge history | the Italian Blue Team | the players Giorgio Belladonna and Pietro Forquet, their captain Carl'Alberto Perroux and the rivals they beat | the bridge tournaments of Europe and America | 1957 to 1975 | the systems worked out in Naples and Rome; the run of world titles; the accusations in Bermuda | the Blue Team's run rested on discipline of system as much as on talent | the Blue Team simply had better players | An Italian team won the Bermuda Bowl for the first time in 1957. | Two Italian players were accused of signalling with their feet at the Bermuda Bowl in 1975.
uyea | From Vienna to London | bridge history | the career of Rixi Markus | the Vienna-born player Rixi Markus, her Austrian team-mates and the British partners she played with | the bridge clubs of Vienna and London | 1937 to 1992 | the women's world title won with Austria; the flight to London; the newspaper column she wrote for decades | Markus built a second career in London by teaching and writing as much as by winning | Markus owed her fame to her temper rather than her play | Rixi Markus won the women's world team title with Austria in 1937. | Rixi Markus died in London in 1992.
uyea | Printed Cards | playing card history | Thomas de la Rue's printed playing cards | the printer Thomas de la Rue, the tax officials who stamped the aces and the card players who bought his packs | the printing works in Bunhill Row in London | 1832 to 1866 | the patent for printing the pips by machine; the taxed ace of spades; the rounded corners and standard faces | de la Rue made playing cards an industrial product, and the tax office shaped how they looked | de la Rue merely copied French card makers | Thomas de la Rue was granted a patent for printing playing cards in 1832. | Thomas de la Rue died in London in 1866.
uyea | The Taxed Ace | playing card history | the duty on playing cards | the card makers of London, the Stamp Office and the forgers who copied the taxed ace | the card makers' workshops of London | 1711 to 1960 | the ace of spades printed by the tax office; the forgers who risked the gallows; the duty finally abolished | the ornate ace of spades is a monument to a tax, not to design | the ornate ace was just a maker's advertisement | Britain charged a duty on playing cards from 1711. | The duty on playing cards in Britain was abolished in 1960.
uyea | Cards from Cairo | playing card history | the Mamluk playing cards in Istanbul | the Mamluk craftsmen who painted the cards, the scholar Leo Mayer who recognised them and the Italian players whose suits followed them | the Topkapi palace library in Istanbul | about 1400 to 1939 | the nearly complete pack kept in the palace; the suits of cups, coins, swords and polo sticks; the route to Italian and Spanish packs | the Mamluk pack shows that European cards came from the east by way of trade | cards were invented in Europe and only later reached Egypt | Leo Mayer identified a pack of Mamluk playing cards in the Topkapi palace in 1939. | The suits of the Mamluk pack were cups, coins, swords and polo sticks.
uyea | Egypt in a Card Game | playing card history | the claim that tarot came from ancient Egypt | the scholar Antoine Court de Gebelin, the Paris fortune teller Etteilla and the Italian makers of the old tarot | the salons of Paris | 1781 to 1789 | the Italian card game played purely for points; the essay that placed its origin in Egypt; the fortune tellers who sold the idea | the Egyptian tarot was a fashion of the Paris salons, not a recovered secret | tarot always held hidden knowledge | Antoine Court de Gebelin claimed an Egyptian origin for the tarot in 1781. | Antoine Court de Gebelin died in Paris in 1784.
uyea | The Uruguayan Craze | card game history | the canasta craze | the players of Montevideo who devised the game, the Buenos Aires clubs and the American hostesses who took it up | the card clubs of Montevideo and New York | 1939 to 1950 | the two packs and the melds of seven; the spread through Argentina; the American boom | canasta spread because it suited mixed tables of casual players | canasta was a craze that burned out in a few seasons | Canasta was devised in Montevideo in 1939. | Canasta became a craze in the United States in 1949 and 1950.
uyea | Playing the Same Cards | card game history | duplicate whist | the whist players of the American Midwest, the designers of movements for many tables and the American Whist League | the whist clubs of the American Midwest | 1891 | the trays that kept each deal intact; the movements that rotated pairs; the league that set the rules | duplicate play turned a game of luck into a test of skill | duplicate play drained the fun from whist | The American Whist League was founded in Milwaukee in 1891. | Duplicate whist let many tables play the same deals and compare their scores.
hascosay | The Running Machine | cycling history | Karl Drais's running machine | the forester Karl Drais, the curious crowds of Mannheim and the coachmakers who copied his design | the roads out of Mannheim in the Grand Duchy of Baden | 1817 to 1819 | the failed harvests that made horses dear; the first ride on a summer morning; the craze for copies in London and Paris | Drais built a machine for a real shortage, which is why it spread so quickly and faded so fast | the running machine was a rich man's toy with no purpose | Karl Drais made his first recorded ride on his running machine in June 1817. | The London coachmaker Denis Johnson patented an improved version in 1818.
hascosay | The Blacksmith's Treadles | cycling history | the lever-driven bicycle credited to Kirkpatrick Macmillan | the Dumfriesshire blacksmith Kirkpatrick Macmillan, his neighbours at Keir and the historians who doubted his claim | the smithy at Courthill near Keir in Dumfriesshire | 1839 to 1878 | the treadles and rods that drove the back wheel; the newspaper report of a rider fined in Glasgow; the claim pressed after his death | Macmillan's claim rests on memory more than paper, and it should be told that way | the whole story was invented by later patriots | A Glasgow newspaper reported in 1842 that a gentleman from Dumfriesshire had been fined for knocking down a child with his velocipede. | Kirkpatrick Macmillan died at Keir in 1878.
hascosay | Pedals on the Front Wheel | cycling history | the velocipede craze of the late 1860s | the Paris carriage maker Pierre Michaux, his sons and the Olivier brothers who financed the firm | the workshops and boulevards of Paris | 1867 to 1870 | the cranks fixed to the hub of the front wheel; the crowds at the exhibition; the war that emptied the riding schools | the velocipede craze died of its own success as much as of war | the craze was killed outright by the war with Prussia | Velocipedes with pedals on the front wheel were shown at the Paris exhibition of 1867. | Michaux and the Olivier brothers went into partnership in 1868.
hascosay | Twelve Hundred Metres at Saint-Cloud | cycle racing history | the first recorded bicycle race | the young English rider James Moore, the crowds in the park and the velocipede makers who put up prizes | the park of Saint-Cloud outside Paris | 1868 to 1869 | the short sprint along the park avenue; the makers who saw racing as advertising; the long road race to Rouen the next year | racing began as a sales trick and only later became a sport | the first races were a gentleman's pastime with no trade in them | James Moore won a race in the park of Saint-Cloud in May 1868. | James Moore won the road race from Paris to Rouen in November 1869.
hascosay | The Sewing Machine City | cycling history | James Starley's Ariel | the Coventry engineer James Starley, his partner William Hillman and the sewing machine workers of the city | the workshops of Coventry | 1870 to 1881 | the sewing machine firm that turned to bicycles; the wire-spoked wheel pulled tight by tension; the tricycles that suited ladies and doctors | Coventry became a cycle city because its sewing machine trade had the right skills in place | Coventry's cycle trade owed everything to one inventor | James Starley and William Hillman brought out the Ariel in 1870. | James Starley died in Coventry in 1881.
hascosay | A Bicycle Anyone Could Ride | cycling history | the Rover safety bicycle | the Coventry maker John Kemp Starley, his partner William Sutton and the racers who proved the design | the Meteor works in Coventry | 1885 to 1890 | the chain drive to the back wheel; the hundred-mile road record that proved the machine; the steady fall of the high wheel | the safety bicycle won because it let ordinary people ride without fear | the safety bicycle was merely a fashion that happened to catch on | John Kemp Starley showed the Rover safety bicycle in 1885. | A rider on a Rover set a record for a hundred miles on the road in 1885.
hascosay | The Fastest Man on Wheels | cycle racing history | Marshall Taylor's world title | the sprinter Marshall Taylor, his mentor Louis Munger and the rivals who tried to bar him | the velodromes of the American north-east | 1896 to 1910 | the race meetings that closed their doors to him; the world sprint title won in Montreal; the European tour that made him famous | Taylor won in spite of the sport's rules rather than through them | Taylor's success showed the sport was open to anyone with talent | Marshall Taylor won the world sprint championship in Montreal in 1899. | Marshall Taylor raced against the champions of Europe in Paris in 1901.
hascosay | A Club for Tourists | cycling history | the founding of the Bicycle Touring Club | the riders who met at Harrogate with Stanley Cotterell, the innkeepers who offered members discounts and the road surveyors they lobbied | the Yorkshire spa town of Harrogate | 1878 to 1883 | the meeting at the cycle camp; the list of approved hotels; the new name that welcomed tricyclists | the club mattered most as a lobby for roads and inns | the club was a social circle with no wider influence | The Bicycle Touring Club was founded at Harrogate in August 1878. | The Bicycle Touring Club became the Cyclists' Touring Club in 1883.
hascosay | The Race That Broke the Ban | cycle racing history | Percy Stallard's massed-start race of 1942 | the Wolverhampton racer Percy Stallard, the officials of the National Cyclists' Union and the police who watched the road | the road from Llangollen to Wolverhampton | 1942 to 1959 | the old fear that road racing would get cyclists banned; the race run in wartime; the quarrel that split British cycling for seventeen years | the ban lasted because officials dreaded trouble with the police more than they valued racing | Stallard's rebellion was a personal feud dressed up as principle | Percy Stallard ran a massed-start race from Llangollen to Wolverhampton in June 1942. | The rival cycling bodies joined to form the British Cycling Federation in 1959.
hascosay | Dawn Starts and Black Jackets | cycle racing history | the secret time trials of British club cyclists | the club racers in black alpaca, the timekeepers with their watches and the Road Records Association | the quiet main roads of England at dawn | 1888 to 1937 | the coded course names printed in handbooks; the dress rules meant to avoid attention; the founding of a national council for time trials | the secrecy of early time trialling was a sensible bargain with the police | the secrecy was snobbery that held British racing back | The Road Records Association was founded in 1888. | The Road Time Trials Council was formed in 1937.
hascosay | Twelve Hours from Morley | cycle racing history | Beryl Burton's twelve-hour ride of 1967 | the Yorkshire rider Beryl Burton, her husband Charlie and the men she overtook | the time-trial courses of Yorkshire | 1959 to 1967 | the world pursuit title won at her first attempt; the work on a rhubarb farm; the twelve-hour record that beat the men | Burton's record was the product of an ordinary working life, not a break from it | Burton's record was a freak day that flattered her | Beryl Burton won her first world pursuit title in 1959. | Beryl Burton rode more than 277 miles in twelve hours in September 1967.
hascosay | The Bald Mountain | cycle racing history | Tom Simpson's death on Mont Ventoux | the Durham-born rider Tom Simpson, his team and the doctors who came to tighten the rules | the bare upper slopes of Mont Ventoux | 1965 to 1967 | the world title won in Spain; the heat on the climb; the tests brought in afterwards | Simpson's death exposed a culture that the whole sport shared | Simpson alone was to blame for his death | Tom Simpson won the world road race championship in 1965. | Tom Simpson collapsed and died on Mont Ventoux in July 1967.
hascosay | Three Gears in a Hub | cycling history | the Sturmey-Archer three-speed hub | the Nottingham cycle maker Frank Bowden, the schoolmaster Henry Sturmey and the engineer James Archer | the cycle works in Nottingham | 1887 to 1902 | the quarrel over who designed it; the factory that bought the patents; the hub sealed against rain and grit | the hub succeeded because a large firm could make it cheaply and well | a single inventor deserves all the credit for the hub | Frank Bowden took over a small cycle works in Nottingham in 1887. | The Sturmey-Archer three-speed hub went on sale in 1902.
hascosay | A Cold Hand on a Wing Nut | cycling history | Tullio Campagnolo's quick-release hub | the racer Tullio Campagnolo, his rivals on the Italian mountain roads and the mechanics who copied his idea | the pass of Croce d'Aune in the Dolomites | 1927 to 1933 | the frozen fingers on the wing nuts; the patent for a lever; the workshop in Vicenza | the quick release spread because it answered a problem every racer knew | the quick-release story is a legend told to sell components | Tullio Campagnolo is said to have struggled to change a wheel on the Croce d'Aune pass in 1927. | Tullio Campagnolo patented a quick-release hub in 1930.
hascosay | Washing-Machine Bearings | cycle racing history | Graeme Obree's hour record | the Scottish amateur Graeme Obree, his home-built bicycle and the governing body that banned his riding positions | the velodrome at Hamar in Norway | 1993 to 1996 | the frame built with parts from a washing machine; the tucked riding position; the rule changes that followed | Obree showed how much speed lay in position rather than in money | Obree's record was a loophole that the rules rightly closed | Graeme Obree broke the hour record at Hamar in July 1993. | Chris Boardman took the hour record from Graeme Obree within a week in July 1993.
hascosay | End to End in Two Days | cycle racing history | Marguerite Wilson's place-to-place records | the Bournemouth rider Marguerite Wilson, the cycle maker that paid her and the women's records association | the main roads from Cornwall to Caithness | 1938 to 1939 | the professional contract with a cycle maker; the string of records in a single season; the war that ended her career | Wilson's records were a marketing campaign and a sporting feat at once | her records were empty publicity stunts | Marguerite Wilson turned professional with a cycle maker in 1938. | Marguerite Wilson set the women's record for the length of Britain in 1939.
hascosay | Knickerbockers at the Hautboy | cycling history | Lady Harberton's quarrel with the Hautboy Hotel | the dress reformer Lady Harberton, the landlady of the Hautboy Hotel and the touring club that took her side | the village of Ockham in Surrey | 1881 to 1899 | the dress reform society she led; the refusal to serve her in the coffee room; the court case that her side lost | the Hautboy case turned a private snub into a public argument | losing in court meant the club achieved nothing | Reformers set up a society for sensible women's dress in London in 1881. | The Cyclists' Touring Club took the landlady of the Hautboy Hotel to court in 1899.
hascosay | Towards the Coalfields | cycle racing history | the first race from Paris to Roubaix | the textile men of Roubaix who built a velodrome, the newspaper that ran the race and the winner Josef Fischer | the roads north from Paris to Roubaix | 1895 to 1896 | the new velodrome that needed a race; the paced riders on the cobbles; the German winner | the race was created to fill a velodrome, and the cobbles were an accident of geography | its organisers wanted an ordeal from the very first | A velodrome opened at Roubaix in 1895. | Josef Fischer won the first race from Paris to Roubaix in April 1896.
hascosay | Six Hundred Kilometres Overnight | cycle racing history | the first race from Bordeaux to Paris | the English rider George Pilkington Mills, his pacers and the French newspaper that organised the race | the road north from Bordeaux to Paris | 1891 | the amateurs from England who took the first four places; the relays of pacers through the night; the French pride that was wounded | the English riders won because they had trained for distance, not because their machines were better | the English riders only won because they had better tyres | George Pilkington Mills won the first race from Bordeaux to Paris in May 1891. | The race from Bordeaux to Paris covered almost six hundred kilometres.
hascosay | Good Roads | cycling history | the good roads campaign of the League of American Wheelmen | the cyclists who founded the League at Newport, the engineers they hired and the farmers who came round to their cause | the muddy country roads of the United States | 1880 to 1893 | the founding meeting at Newport; the magazine that argued for paved roads; the federal office of road inquiry | cyclists laid the political ground on which motorists later drove | the campaign mattered little until motor cars arrived | The League of American Wheelmen was founded at Newport in Rhode Island in 1880. | The federal government set up an Office of Road Inquiry in 1893.
noss | An Actor's Prize | rowing history | Doggett's Coat and Badge | the actor Thomas Doggett, the young watermen who raced and the livery company that keeps the prize | the tideway from London Bridge to Chelsea | 1715 to 1721 | the race begun in honour of the new king; the coat and silver badge; the will that made the race permanent | Doggett's race lasted because he tied it to a company that outlived him | the race survived by chance | Thomas Doggett first put up his coat and badge for young watermen in 1715. | Thomas Doggett died in 1721 and left money for the race to continue.
noss | A Regatta for a Market Town | rowing history | the founding of Henley Regatta | the townsmen of Henley, the university oarsmen and Prince Albert, who became its patron | the straight reach below Henley bridge | 1839 to 1851 | the regatta planned as a fair for the town; the Grand Challenge Cup; the royal patronage | Henley began as a commercial venture for the town and only later became a sporting shrine | the regatta was founded by oarsmen for oarsmen | The first Henley Regatta was held in 1839. | Henley became a royal regatta in 1851 when Prince Albert became its patron.
noss | Barred from the Diamonds | rowing history | the exclusion of John Kelly from Henley | the Philadelphia bricklayer John Kelly, the Henley stewards and the English sculler who lost to him | the Olympic course at Antwerp | 1920 to 1947 | the entry refused by the stewards; the Olympic final won by a second; the son who won the Diamond Sculls | Kelly's exclusion showed that the amateur rules were about class, not money | Kelly was refused for a simple technical reason | John Kelly won the Olympic single sculls at Antwerp in 1920. | John Kelly's son, also named John, won the Diamond Sculls at Henley in 1947.
noss | The Tyneside Boatbuilder | rowing history | Harry Clasper's racing boats | the Tyneside oarsman and boatbuilder Harry Clasper, his crews of family and friends and the crowds on the river banks | the river between Newcastle and Gateshead | 1812 to 1870 | the outriggers he built; the races for money; the funeral that filled the streets | Clasper changed rowing because he raced in the boats he built | Clasper was a local hero whose boats changed nothing | Harry Clasper was born at Dunston on Tyneside in 1812. | Crowds lined the streets of Newcastle for the funeral of Harry Clasper in 1870.
noss | The Sculler from Toronto | rowing history | Ned Hanlan's world title | the Toronto sculler Ned Hanlan, his backers and the rivals he beat on the Thames | the championship course on the Thames and the lakes of Canada | 1876 to 1884 | the sliding seat mastered by a small man; the championship race on the Thames; the loss of the title in Australia | Hanlan won by technique on a sliding seat, not by strength | Hanlan's rivals were past their best | Ned Hanlan won the world sculling championship on the Thames in November 1880. | Ned Hanlan lost the title to William Beach in Sydney in 1884.
noss | Nine from Seattle | rowing history | the Washington eight's Olympic victory | the University of Washington oarsmen, the boatbuilder George Pocock and the coach Al Ulbrickson | the regatta course at Grunau outside Berlin | 1936 | the cedar shell built beside the boathouse; the bad lane at the start; the sprint past the German and Italian boats | the Washington crew won because their boatbuilder was also their best teacher | the victory owed everything to the coach | The University of Washington eight won the Olympic final at Grunau in August 1936. | George Pocock built racing shells in a workshop at the Washington boathouse.
noss | Judged on Style | women's rowing history | the first women's contest between the two ancient universities | the women students of both universities, the crowds who jeered and the judges who marked style | the river at Oxford | 1927 to 1935 | the crews rowing one after the other; the marks for style as well as time; the first side-by-side race | the early women's races were shaped by what the universities would permit | the women's crews were happy to be judged on style | Oxford and Cambridge women first raced in 1927, rowing separately and judged on style and time. | The women first raced side by side in 1935.
noss | Wheels under the Seat | rowing history | the coming of the sliding seat | the American and English oarsmen who tried out slides, the professional scullers and the university crews | the rivers of America and England | 1857 to 1873 | the greased seat tried first; the wheeled slide; the university crews who adopted it | the sliding seat spread from professionals to amateurs because it won races | the sliding seat was an amateur idea | John Babcock of New York is credited with a sliding seat in 1857. | Oxford and Cambridge first used sliding seats in their annual race in 1873.
noss | Who Counted as an Amateur | rowing history | the manual labour clause in amateur rowing | the stewards of Henley, the Amateur Rowing Association and the working men's clubs that formed their own association | the rowing clubs of London and the north | 1878 to 1956 | the rule excluding mechanics and labourers; the rival association for working men; the merger of 1956 | the amateur rule split rowing along class lines for three generations | the rule was needed to keep out professionals | The National Amateur Rowing Association was formed in 1890 for clubs that accepted working men. | The two rowing associations merged in 1956.
noss | A Regatta on the Seine | rowing history | the rowing at the Olympic Games of 1900 | the crews of France, the Netherlands and the United States, the French boy picked from the crowd to steer a Dutch pair and the organisers of the Paris exhibition | the Seine at Asnieres | 1896 to 1900 | the rowing cancelled at Athens by rough sea; the races on the Seine; the unknown boy who steered a Dutch crew | the first Olympic rowing was a sideshow of an exhibition, and it showed | the Paris regatta was as serious as any later Games | The rowing events at the Athens Olympics of 1896 were cancelled because of rough water. | A French boy whose name was never recorded steered a Dutch pair to victory in Paris in 1900.
noss | Gondolas for a Queen | rowing history | the Regata Storica of Venice | the gondoliers of Venice, the queen Caterina Cornaro and the doge's government | the Grand Canal in Venice | 1489 to 1899 | the procession that welcomed a queen; the races between gondoliers; the name given to the festival | the Venetian regatta survived because it served the city's idea of itself | the regatta was a tourist show from the start | Venice staged a procession of boats for Caterina Cornaro in 1489. | The Venetian regatta has been called the Regata Storica since 1899.
noss | Across the Atlantic by Oar | ocean rowing history | the Atlantic crossing of Harbo and Samuelsen | the Norwegian-born oystermen George Harbo and Frank Samuelsen, the newspaper that promised a prize and the ships they met at sea | the open Atlantic from New York to the Scilly Isles | 1896 to 1966 | the open boat built of cedar; the capsize in mid-ocean; the record that stood for seventy years | the crossing succeeded because two working seamen planned it like a job of work | the crossing was a lucky stunt | George Harbo and Frank Samuelsen rowed from New York to the Scilly Isles in 1896. | John Ridgway and Chay Blyth rowed across the Atlantic in 1966.
noss | Mileage Makes Champions | rowing coaching history | Steve Fairbairn's coaching | the Australian oarsman and coach Steve Fairbairn, the Thames Rowing Club and the orthodox coaches he argued with | the London tideway | 1881 to 1926 | the long steady miles; the books that argued against orthodoxy; the processional race he founded | Fairbairn's influence came from the race he founded more than from his theories | Fairbairn's ideas were wrong and merely fashionable | Steve Fairbairn first rowed for Cambridge in 1882. | Steve Fairbairn founded the Head of the River Race in 1926.
noss | A Race Paid for by a Railroad | rowing history | the first race between Harvard and Yale | the college crews of Harvard and Yale, the railroad superintendent who paid for the trip and the holiday crowds | Lake Winnipesaukee in New Hampshire | 1852 to 1878 | the offer of free travel and a holiday; the race won by Harvard; the annual contest on the river at New London | college sport in America began as a railroad's advertisement | the race began as a purely sporting challenge | Harvard and Yale crews raced on Lake Winnipesaukee in August 1852. | The Harvard and Yale race moved to the river at New London in 1878.
noss | Hitting the Boat Ahead | rowing history | bumping races at Oxford and Cambridge | the college crews of both universities, the watermen who built their boats and the crowds on the towpaths | the narrow rivers at Oxford and Cambridge | 1815 to 1887 | the rivers too narrow for side-by-side racing; the starting order carried from year to year; the spring races added at Cambridge | bumping races were a clever answer to rivers too narrow for anything else | bumping races were a childish game with no sporting value | College crews at Oxford were racing in bumps by 1815. | The first Lent bumps at Cambridge were rowed in 1887.
noss | A Navy without Ships | rowing history | the Schuylkill Navy of Philadelphia | the rowing clubs along the Schuylkill river, the city that gave them land and the oarsmen who raced there | the east bank of the Schuylkill in Philadelphia | 1858 to 1979 | the league formed to settle quarrels between clubs; the row of boathouses; the lights that outline them at night | the Schuylkill Navy lasted because it governed its clubs rather than merely racing them | the Navy was only ever a social club | The Schuylkill Navy was formed in Philadelphia in 1858. | Lights outlining the boathouses on the Schuylkill were first put up in 1979.
noss | The Champion Who Died on the Way Home | rowing history | Henry Searle's sculling title | the Australian sculler Henry Searle, his backers in Sydney and the crowds who met his coffin | the Parramatta river at Sydney and the championship course on the Thames | 1888 to 1889 | the title won on the Parramatta; the defence on the Thames; the typhoid on the voyage home | Searle's death made him more famous than his sculling had | Searle was an ordinary champion made famous by bad luck | Henry Searle won the world sculling championship on the Parramatta in 1888. | Henry Searle died of typhoid in Melbourne in December 1889 after sailing home from England.
"""

SCHOLARS = ["Haverstock", "Scurrah", "Abberley", "Brasnett", "Crossfield", "Dunkerley", "Fogarty", "Gedling",
            "Hodgetts", "Izzard", "Jobling", "Maybury", "Shufflebotham", "Tapsell", "Ullyott", "Whiteoak",
            "Gornall", "Bracewell", "Kerslake", "Venables", "Pardoe", "Wilcock"]

OPENING = [
    "Mention {x} at a club dinner and somebody will correct you before the soup arrives.",
    "{X} sits in my memory beside a smell of damp paper and library radiators.",
    "Told the usual way, {x} lasts about as long as boiling an egg.",
    "For years I nodded along whenever {x} came up, without knowing much.",
    "Retelling after retelling has worn the corners off {x}.",
    "From across the room {x} looks plain; walk closer and it splinters.",
    "Somebody once handed me a one-paragraph account of {x}, and I have been unpicking it ever since.",
    "{X} became famous more or less by accident, and then by habit.",
    "Hurry past {x} and you miss the best of it.",
    "A borrowed book gave me my first account of {x}, and half of it proved shaky.",
    "Rain kept me indoors the day I first read properly about {x}.",
    "People tend to know two things about {x}, and both need a footnote.",
]
FRAME = [
    "Nearly everything below takes place in {setting}.",
    "Those who count here are {people}.",
    "My window is {period}, opened a crack now and then.",
    "Gaps in the evidence will be pointed out, not papered over.",
    "Getting the dates in order does much of the work.",
    "Not every loose end gets tied.",
]
ROADMAP = [
    "First comes {s1}, then {s2}, and the stiffest criticism waits at the back.",
    "Every section leans on one support of the standard story to see whether it bends.",
    "The pages run forward through time, bar one sidestep.",
    "{S1} takes up the biggest share, because its papers are thickest.",
    "Critics are given room to speak before the verdict.",
]
QUESTION_LEAD = [
    "Beneath the detail sits one stubborn question: {question}",
    "One question keeps tugging at my sleeve: {question}",
    "Boiled down, my curiosity comes to this: {question}",
    "All the evidence below is lined up behind a single question: {question}",
]
QUESTIONS = ["what did {x} actually alter?",
             "how free were {people} to act otherwise?",
             "why has the thin version of {x} lasted so well?",
             "might {setting} look different today if the dice had rolled the other way?"]
CLAIM_THESIS = [
    "Here is my claim: {thesis}.",
    "I aim to demonstrate that {thesis}.",
    "Read fairly, the surviving evidence tells us that {thesis}.",
    "Stated baldly, {thesis}.",
    "Between them {s1}, {s2} and {s3} lead somewhere definite: {thesis}.",
    "A patient reader of the sources will end up agreeing that {thesis}.",
    "Before I finish I expect to have persuaded you that {thesis}.",
    "The most trustworthy witnesses line up behind one view: {thesis}.",
]
CONTEXT = [
    "Nothing about it was sudden.",
    "The foundations went in years earlier.",
    "{People} were more hemmed in than the tidy histories admit.",
    "No one then could have predicted the result.",
    "Cash and custom weighed as much as any clever notion.",
    "Its earliest chroniclers each had a name to protect.",
    "{Scholar} follows the thread back a whole generation.",
    "Many of the papers that survive were written in {setting}.",
    "What happened is clear enough; why it happened is murkier.",
    "Distance, weather and expense steered every choice.",
    "Rulebooks said one thing and daily practice another.",
    "Everyone present glimpsed only a slice of it.",
]
SETTLE = [  # ends the background paragraph; each names x, so the sentence can belong to one essay only
    "That is the soil {x} grew from.",
    "Seen against all that, {x} stops looking like a thunderclap.",
    "Every piece of this was in place before {x} had a name.",
    "More than any one person, circumstances made {x} possible.",
    "Remove that background and {x} becomes a riddle.",
    "Keep that picture in mind, because {x} sprang directly from it.",
]
NAMING = [
    "First, a word about calling it {x}.",
    "The vocabulary of the day was not ours.",
    "{People} called themselves by names that jar on a modern ear.",
    "Any present-day labels used here are shorthand.",
    "Even the name {x} leans one way.",
    "Words in this corner of history rarely travel light.",
]
RECORD = [
    "Three sorts of document carry most of what is known about {x}.",
    "Minutes and registers from {setting} note actions, seldom reasons.",
    "The correspondence of {people} is vivid and partial.",
    "Newspapers reported {x} fast and frequently wrongly.",
    "Memoirs from decades later are colourful and settle almost nothing.",
    "Where the physical remains survive, they let us check what was written.",
]
CAST = [
    "Who had a hand in {x}?",
    "{People} seldom wanted the same thing.",
    "Few of them wrote their experiences down.",
    "{Scholar} treats the walk-on parts as seriously as the leads, which is right.",
    "Orders arriving from afar tied the hands of people on the spot.",
]
STRAND_IN = [
    "Start with {s}.",
    "The thickest folder holds {s}.",
    "{S} tends to be skipped, wrongly.",
    "No honest telling leaves out {s}.",
    "Oddly, {s} rarely keeps historians busy for long.",
    "After that comes {s}.",
    "Much hangs on {s}.",
    "{S} rewards an unhurried look.",
    "Alongside ran {s}.",
    "The longest run of papers covers {s}.",
]
POINT = [
    "Descriptions of {s} come wrapped in ifs and buts.",
    "Early reports of {s} sanded down its awkward edges.",
    "In hindsight {s} looks certain; in the moment it was a coin in the air.",
    "{Scholar} reaches {s} through account books and pocket diaries.",
    "The noisiest commentators on {s} often knew the least.",
    "{S} took place openly, and few raised a voice.",
    "{People} never settled their differences over {s}.",
    "Each number attached to {s} bears the fingerprints of its counter.",
    "Plenty of {s} unfolded where no person in authority ever looked.",
    "Several accounts of {s} doubled as revenge on old rivals.",
    "Local knowledge of {setting} gave {s} a shape that visitors overlooked.",
    "The humdrum paperwork of {s}, the invoices and postponements, says the most.",
    "Gossip about {s} outran the facts.",
    "News travelled slowly during {s}, and that narrowed everyone's choices.",
    "An odd share of the lore about {s} traces to one reminiscence.",
    "Once {s} had started, retreat was costly.",
]
NUMBERS = [
    "{Scholar} ({year}) sifted {num} cases and met {s} in roughly {pct} of each hundred.",
    "Of {num} letters in {Scholar}'s catalogue, nearly {pct} in a hundred touch on {s}.",
    "{Scholar} ({year}) reckons {s} decided close to {pct} per cent of what happened next.",
    "Working through {num} files in {year}, {Scholar} found {s} in nearly all.",
    "{Scholar} ({year}) lined up {num} comparable episodes and found {s} in most.",
    "{Scholar} admits that her sample is thin yet stands firm on {s}.",
    "On {Scholar}'s tally ({year}), {s} accounts for something near {pct} per cent.",
    "{Scholar} distrusts the sources that earlier studies of {s} leaned on.",
]
CASES = [
    "{Scholar} pieces the whole affair together from one parish's letters.",
    "Across {setting}, {people} met {s} with improvisation.",
    "Look well beyond {setting} and the outline recurs.",
    "{S} was quite ordinary for its day.",
    "The shape repeats right through {period}.",
    "{People} returned to it when they were old.",
    "Other instances of {s} are not hard to gather.",
]
LINK_BACK = [
    "Small as it is, {s} already points to the claim that {thesis}.",
    "A single example settles nothing, yet {s} fits poorly with the familiar version.",
    "Without {s}, the chain of events jams.",
    "{S} lends weight, once more, to the idea that {thesis}.",
    "People inside {s} felt a canyon where the files record a hairline crack.",
    "Should I have {s} wrong, another explanation must be found.",
    "Subtract {s} and the comfortable conclusions start to tip.",
]
PIVOT = ["Then came {s}, and the ground moved.", "From that point {s} took the stage.",
         "Now the whole business turned on {s}.", "{S} tore up the old arrangements."]
CITE_LEAD = [
    "{Scholar} pins down {setting} in a sentence:",
    "Long afterwards, someone raised in {setting} remembered it so:",
    "Lecturing on {x} in {year}, one speaker observed:",
    "{Scholar} does not soften her words on {s}:",
    "{Scholar} saves her best phrasing for {s}:",
]
CITED = [
    "We were so busy with {s} that we never noticed history passing.",
    "{X} lasted months, not hours, whatever the engravings claim.",
    "Whoever reads the full file on {s} ends up less amazed.",
    "Each new book on {x} copies the last one's mistakes and adds its own.",
    "A grocer's bill about {s} tells you more than a dozen speeches.",
    "Without its famous faces {x} would be a tale of clerks and queues.",
]
CITE_AFTER = [
    "Crisp, and hard to argue with.",
    "One witness only, yet she stood close to events.",
    "Writing it can have won her few friends, which is a point in its favour.",
    "The details have gone soft with age, but the judgement is firm.",
]
CITE_AFTER2 = [
    "{People} write in much the same vein.",
    "Nobody then saw any need to explain {s}.",
    "It has never been tried against evidence from outside {setting}.",
    "What it hints about {s} is its chief worth.",
    "Broad surveys of {x} pass it by.",
]
LIST_INTRO = [
    "Where {x} did the least damage, the same few ingredients show up:",
    "When {people} came through well, some of these were usually present:",
    "{Setting} would have fared better with:",
    "The gentler outcomes in {setting} had in common:",
]
LIST_POINT = [
    "people in charge who understood {s} early",
    "frank conversation about {s} with {people}",
    "repairs made the same week whenever {s} broke down",
    "independent scrutiny of {s}",
    "practice at {s} before it mattered",
    "budgets for {s} that matched the real cost",
]
LIST_EXTRA = ["funds for {x} that nobody could recall", "someone empowered to stop {x} overnight",
              "a decent place to keep the papers of {x}", "a date in the diary to look at {x} again"]
COMPARE = [
    "Put beside similar affairs, {x} is not so unusual.",
    "Other places under the same strain chose the opposite path.",
    "Early conversation with {people} generally lowered the temperature.",
    "The comparison fails at {s2}, which had no forerunner.",
    "Almost until the last day, {setting} could have seen a different ending.",
    "Wherever {x} could be openly criticised, things seem to have gone more gently.",
]
COUNTERFACT = [
    "Imagine {s2} going differently.",
    "The exercise is idle, yet it does reveal what was load-bearing.",
    "Without {s1}, the history of {setting} becomes guesswork.",
    "{People} would then have run into troubles nobody had foreseen.",
    "Played for too long, the game dissolves what actually happened.",
]
LEGACY = [
    "{X} came to a stop, yet its ripples kept spreading.",
    "A generation later, people in {setting} still measured choices against {x}.",
    "{People} handed their own account on to their grandchildren.",
    "Each later inquiry circled back to {s3}.",
    "Every anniversary of {x} throws up fresh versions, each slightly askew.",
    "Plenty of neat morals drawn from {x} collapse when tested.",
]
DOUBT = [
    "An opponent would reply that {rival}.",
    "The most serious counter-argument says that {rival}.",
    "A few specialists maintain that {rival}.",
    "A doubter could fairly say that {rival}.",
    "Some letters, if read kindly, suggest that {rival}.",
]
DOUBT_MORE = [
    "{People} would have known that line of thought.",
    "It has able champions and needs an answer.",
    "{Scholar2} ({year2}) gives it a chapter of its own.",
    "There is force in it: whatever {x} decided, somebody bore the cost.",
]
ANSWER = [
    "Still, the records of {setting} point another way.",
    "About {s2}, however, it is silent.",
    "It also builds its answer about {x} into its premises.",
    "That account leaves {x} neater than the evidence will bear.",
    "If it held, every place like {setting} would have come out alike.",
    "Some of {people} surely lost by it; that their loss decided the matter is unproven.",
]
CLOSE_FIRST = [
    "To sum up, {thesis}.",
    "Laid next to one another, the sources prefer one version of {x}.",
    "The quarrel over {x} has plenty of life in it yet.",
    "Where, then, does {x} stand?",
    "Several independent lines of evidence arrive at the same place: {thesis}.",
    "Strip off the legend and one verdict on {x} remains.",
    "{X} is usually reduced to a catchphrase, and catchphrases escape checking.",
]
CLOSE_MID = [
    "{S1}, {s2} and {s3} each carry part of the weight, and between them nearly all of it.",
    "A few authors still insist that {rival}; the archive disagrees with them.",
    "My case stands on small facts about {s1}, not on grand theory.",
    "The first people to quarrel over {x} are long gone; their quarrel is not.",
    "Unsorted boxes in {setting} could still shift a detail or two.",
    "Without its legends, {x} is precisely the size of its evidence.",
]
CLOSE_LAST = [
    "Long after the reporters left, {people} still bore the results.",
    "Somebody should now go back to {setting} with fresh eyes and a notebook.",
    "Nobody forced the organisers of {x} down the road they took.",
    "{X} has fewer villains in it than the legend wants, and more committees.",
    "{X} is overdue for a slower, more careful retelling.",
    "Decades of careless filing have put {x} on the wrong shelf.",
    "At bottom {x} belongs to {people}, not to the names on the plaques.",
]
HD_BACK = ["Setting the scene", "Before it started", "The state of play", "Groundwork", "Origins", "Run-up"]
HD_NAMING = ["About the name", "Words and meanings", "Terms"]
HD_RECORD = ["The paper trail", "What has survived", "Evidence"]
HD_CAST = ["The cast", "Who took part", "People involved"]
HD_STRAND = ["{S}", "On {s}", "Turning to {s}", "{S} considered", "Next, {s}", "Looking harder at {s}"]
HD_COMPARE = ["Comparisons", "Other places", "Similar cases"]
HD_COUNTER = ["Supposing otherwise", "Alternative outcomes", "Other paths"]
HD_LEGACY = ["Aftermath", "What came next", "The long tail"]
HD_DOUBT = ["An objection", "The case against", "Another view", "Answering doubts", "A different reading", "Reservations"]
HD_CLOSE = ["Conclusions", "Summing up", "Last words", "Where we end up", "Closing"]

# Cap on the year of any invented study, by host (each earlier than that host's own pages).
LATEST_STUDY = {"mousa": 2001, "uyea": 2010, "hascosay": 2020, "noss": 2015}
WORDS_MIN, WORDS_MAX = 350, 600
EXCERPT_WORDS = 25  # length of noss's hand-made excerpts


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
    """Draws one candidate essay for `card`.

    Running order: first paragraph, x in sentence one and the thesis last, with room between for scenery,
    an outline of what comes, or the question driving it; context holding fact one (fact two too, at times)
    and then a sentence about x; sometimes a short aside on naming, documents or who took part; for each
    strand (there are two, or three) a paragraph, sometimes split in two, occasionally prefaced by a
    single-sentence swerve and trailed by an indented quotation or bullets; sometimes parallels, counterfactual musing or an afterlife; the
    opposing reading, answered; last, a closing paragraph ending on x, the card's people or its setting.
    Subheads on a coin flip; a pattern never serves twice inside one essay."""
    unused: dict[int, list[str]] = {}

    def take(pool: list[str]) -> str:
        rest = unused.setdefault(id(pool), rng.sample(pool, len(pool)))
        return rest.pop() if rest else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    pair = rng.sample(SCHOLARS, 2)
    slots = dict(x=card["x"], X=cap(card["x"]), people=card["people"], People=cap(card["people"]),
                 setting=card["setting"], Setting=cap(card["setting"]), period=card["period"], s1=s1, s2=s2, s3=s3,
                 S1=cap(s1), thesis=card["thesis"], rival=card["rival"], Scholar=pair[0], Scholar2=pair[1])
    latest = LATEST_STUDY[card["host"]]
    ended = int(re.findall(r"\d{4}", card["period"])[-1])
    low = min(max(1950, ended + 3), latest)

    def fill(pattern: str, s: str | None = None) -> str:
        extra = dict(s=s or s1, S=cap(s or s1), year=rng.randint(low, latest), year2=rng.randint(low, latest),
                     pct=rng.choice([8, 11, 17, 22, 26, 31, 35, 41, 44, 49, 53, 58, 62, 71]),
                     num=rng.choice([12, 17, 26, 33, 38, 44, 58, 61, 79, 88, 104, 137]))
        return pattern.format(**slots, **extra)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    def with_card(pool: list[str], k: int) -> list[str]:
        # the pool's first pattern carries card material, which keeps the paragraph unique to this essay
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
    settle = fill(take(SETTLE))
    back = [fill(take(CONTEXT)), card["facts"][0]] + [fill(take(CONTEXT)) for _ in range(rng.randint(0, 1))]
    later = [card["facts"][1]]
    if rng.random() < 0.5:
        back.insert(rng.randint(2, len(back)), later.pop())
    blocks.append(para(*back, settle))
    aside = rng.random()
    for lo, hi, pool, heads, name in ((0.0, 0.12, NAMING, HD_NAMING, "names"), (0.12, 0.25, RECORD, HD_RECORD, "sources"),
                                      (0.25, 0.35, CAST, HD_CAST, "people")):
        if lo <= aside < hi:
            parts.append(name)
            if headed:
                blocks.append(("heading", fill(take(heads))))
            blocks.append(para(*with_card(pool, rng.randint(1, 2))))
    strands = [s1, s2, s3] if rng.random() < 0.6 else [s1, s2]
    quote_at = rng.randrange(len(strands)) if rng.random() < 0.35 else None
    list_at = rng.randrange(len(strands)) if rng.random() < 0.3 else None
    pivot_at = rng.randrange(1, len(strands)) if rng.random() < 0.3 else None
    figures: list[str] = []
    leads: list[str] = []
    links: list[str] = []
    points: list[str] = []
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
            blocks.append(para(fill(take(CITE_LEAD), s)))
            blocks.append(("quote", fill(take(CITED), s)))
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
                domain=card["id"], url="-", earlier="", card=card, thesis=thesis, opener=opener, settle=settle,
                objection=objection, answer=answer, last=last, mids=mids, figures=figures, leads=leads,
                links=links, points=points, headed=headed, parts=parts)


def make_essay(card: dict, seed: int) -> dict:
    """Tries fresh seeded drafts until one lands between WORDS_MIN and WORDS_MAX words."""
    for attempt in range(200):
        essay = draft_essay(card, random.Random(f"set34:{seed}:essay:{card['id']}:{attempt}"))
        if WORDS_MIN <= essay["words"] <= WORDS_MAX:
            essay["attempt"] = attempt
            return essay
    raise SystemExit(f"card {card['id']}: no draft between {WORDS_MIN} and {WORDS_MAX} words")


# ------------------------------------------------------------------------------------ helpers for all hosts

ESSAYS_BY_TITLE: dict[str, dict] = {}  # title -> essay (set in main); the boxes of related pieces quote it
ESSAY_PAGES: dict[str, list[int]] = {}  # host -> essay-bearing page numbers
SITE_TITLES: dict[str, list[str]] = {}  # host -> its titles in page order
SEED = 2034  # main() overwrites it; it decides where the scarcer blocks land


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def paragraphs_of(title: str) -> list[str]:
    return [block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]


def only_in(text: str, title: str) -> bool:
    """True only if `title`'s essay contains `text` and no other picked essay does."""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def _quoted(title: str, sentence: str) -> str:
    assert any(sentence in p for p in paragraphs_of(title)) and only_in(sentence, title), (title, sentence)
    return sentence


def first_lead_of(title: str) -> str:
    """Lead sentence of strand one."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["leads"][0])


def second_figure_of(title: str) -> str:
    """The invented scholar's count in the second strand."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["figures"][1])


def settle_of(title: str) -> str:
    """Final sentence of the background paragraph (it names x)."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["settle"])


def excerpt_of(title: str) -> str:
    """The essay's first EXCERPT_WORDS words, as an editor would paste them into an excerpt field."""
    words = block_text(ESSAYS_BY_TITLE[title]["blocks"][0]).split(" ")
    return _quoted(title, " ".join(words[:EXCERPT_WORDS]).rstrip(",;:"))


class Page(g2.Page):
    """Set 2's Page plus host, card and a list of sibling titles."""

    def __init__(self, essay, rng, index, site_titles, site: str):
        super().__init__(essay, rng, index, site_titles)
        self.site = site
        self.topic = essay["tags"][0]
        self.category = cap(self.topic)
        self.card = essay["card"]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})


class IndexPage:
    """A page in the host's template that holds no essay (it may name the essays)."""

    def __init__(self, site: str, index: int, site_titles: list[str], rng: random.Random, kind: str):
        self.site, self.index, self.rng, self.kind = site, index, rng, kind
        self.site_titles = list(site_titles)

    def truth(self) -> str:
        return "site:\nno_essay: true\n---\n"


def _drawn(site: str, role: str, count: int) -> list[int]:
    return sorted(random.Random(f"set34:{SEED}:{site}:{role}").sample(ESSAY_PAGES[site], count))


def carries(site: str, role: str, count: int, page: Page) -> bool:
    """True on the `count` essay pages the seed picked for `role`."""
    return page.index in _drawn(site, role, count)


def rank_of(site: str, role: str, count: int, page: Page) -> int | None:
    """Where this page falls in the sorted pick for `role` (counting from 0), or None."""
    chosen = _drawn(site, role, count)
    return chosen.index(page.index) if page.index in chosen else None


def placed_before(site: str, role: str, page: Page) -> bool:
    """A seeded split of the essay pages: the first half (rounded up) shows the wandering block first."""
    order = list(ESSAY_PAGES[site])
    random.Random(f"set34:{SEED}:{site}:{role}:above").shuffle(order)
    return page.index in order[:(len(order) + 1) // 2]


def digest(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def number(*parts, mod: int, base: int = 0) -> int:
    return int(digest(*parts, n=8), 16) % mod + base


def slot_in(pieces: list, pos: int, piece) -> None:
    """Puts `piece` into `pieces` near `pos`, never straight after a subhead or a colon-ended lead-in, nor first."""
    while pos > 0 and pieces[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    pieces.insert(max(pos, 1), piece)


def shown_pieces(p: Page, heading, para, quote_, listing) -> list[tuple[str, object]]:
    """Visible blocks rendered by the given callables, each labelled; a colon-final paragraph is labelled lead."""
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
    """Shifts reference years by one common amount so that none exceeds `latest`."""
    shift = max(0, 2023 - latest)
    move = lambda text: re.sub(r", (\d{4})(?=[.,])", lambda m: f", {int(m.group(1)) - shift}", text)
    p.refs = [(move(plain), move(markup)) for plain, markup in p.refs]


def long_date(d: date) -> str:
    return f"{d.day} {d.strftime('%B %Y')}"


# ---- 1. mousa: a caving club's journal in a Dreamweaver template of tables, 2007 -----------------------------

MO_CLUB = "Hollinscar Caving Club"
MO_BANNER_ALT = "Hollinscar Caving Club, underground in the northern Dales since 1959"
MO_AUTHORS = ["Alan Bargh", "Sue Slinger", "Mick Haythornthwaite", "Gill Tattum", "Pete Lancefield",
              "Jan Treacher", "Rob Cleasby"]
MO_TYPISTS = ["Ivy Parrock", "Den Collinge", "Lorna Wardle"]
MO_CAVES = ["Ladderstile Pot", "Rakehead Cave", "Hagg Gill Pot", "Sowerthwaite Rising", "Blea Moss Sink",
            "Thwaite Scar Hole", "Knottside Pot"]
MO_LEADERS = ["Alan", "Sue", "Mick", "Gill", "Pete", "Jan", "Rob"]
MO_LABELS = [("From:", "By:", "Length:"), ("Source:", "Author:", "Words:"), ("Printed in:", "Written by:", "Word count:")]
MO_NOTICES = [
    "Barn roof repairs: working weekend 17 and 18 March, bring gloves.",
    "Tackle store keys have moved to the new key safe; ask the tackle master for the code.",
    "Subs for 2007 are now due: \u00a320, students \u00a310, at any meeting or by post.",
]
MO_ACCESS = ("Access and water conditions change from year to year. Ring the barn warden before you plan a trip "
             "from anything on these pages.")
MO_RESCUE = "Cave rescue: dial 999, ask for the police, then ask for cave rescue."
MO_CREDIT = "Keyed in from the paper Bulletin by {name}; blame us, not the author, for typing errors."
MO_NAV = ["Home", "Meets", "The Bulletin", "Tackle", "The barn", "Links", "Contact"]


def iso_safe(page: str) -> str:
    """The page as its declared iso-8859-1 editor saved it: anything beyond ASCII written as an entity."""
    names = {"\u00a3": "&pound;", "\u00b7": "&middot;", "\u2013": "&ndash;", "\u2019": "&rsquo;", "\u00e9": "&eacute;"}
    return "".join(names.get(ch, ch) for ch in page).encode("ascii", "xmlcharrefreplace").decode("ascii")


def mo_author(title: str) -> str:
    return MO_AUTHORS[number("mousa", "author", title, mod=len(MO_AUTHORS))]


def mo_issue(title: str) -> tuple[int, str, str]:
    """Issue number, season with year, and printed page range of the article."""
    k = SITE_TITLES["mousa"].index(title)
    issue = 37 + k * 10 // len(SITE_TITLES["mousa"])
    season = f"{'Spring' if (issue - 37) % 2 == 0 else 'Autumn'} {2002 + (issue - 37) // 2}"
    start = 3 + number("mousa", "pp", title, mod=24)
    span = max(2, math.ceil(ESSAYS_BY_TITLE[title]["words"] / 230))
    return issue, season, f"{start}\u2013{start + span - 1}"


def mo_url(title: str) -> str:
    return f"log{mo_issue(title)[0]}_{slug(title)[:24]}.htm"


def mo_head(title: str) -> str:
    return f"""<html><!-- #BeginTemplate "/Templates/hcc_main.dwt" -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<!-- #BeginEditable "doctitle" -->
<title>HCC :: The Bulletin :: {esc(title)}</title>
<!-- #EndEditable -->
<link href="../hcc.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="../scripts/rollovers.js"></script>
</head>"""


def mo_meets(day: date) -> list[str]:
    out = []
    when = day + timedelta(days=(5 - day.weekday()) % 7 + 7)
    caves = random.Random(f"set34:{SEED}:mousa:meets:{day.isoformat()}").sample(MO_CAVES, 3)
    for k, cave in enumerate(caves):
        lead = MO_LEADERS[number("mousa", "lead", day.isoformat(), k, mod=len(MO_LEADERS))]
        out.append(f"Sat {when.day} {when.strftime('%b')}: {cave} (leader {lead})")
        when += timedelta(days=14)
    return out


def mo_frame(page, content: str, updated: date, visitors: int, notice: str) -> str:
    buttons = "\n".join(
        f'<a href="../{slug(n) or "index"}.htm" onMouseOut="MM_swapImgRestore()" onMouseOver="MM_swapImage(\'nav{k}\',\'\',\'../images/nav_{k}_on.gif\',1)">'
        f'<img src="../images/nav_{k}.gif" alt="{esc(n)}" name="nav{k}" width="150" height="26" border="0"></a><br>'
        for k, n in enumerate(MO_NAV))
    meets = "<br>\n".join(esc(m) for m in mo_meets(updated))
    textnav = " | ".join(f'<a href="../{slug(n) or "index"}.htm">{esc(n)}</a>' for n in MO_NAV)
    return f"""<body bgcolor="#333333" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="770" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td colspan="2"><img src="../images/hcc_banner.jpg" alt="{esc(MO_BANNER_ALT)}" width="770" height="110"></td>
  </tr>
  <tr>
    <td width="160" valign="top" bgcolor="#E8E4D8" class="leftcol">
{buttons}
      <p class="boxhead">Next meets</p>
      <p class="boxtext">{meets}</p>
{notice}      <p class="rescue">{esc(MO_RESCUE)}</p>
      <p class="counter">Visitors since March 2002:<br><img src="../cgi-bin/count.gif" width="1" height="1" alt="">{fmt_int(visitors)}</p>
    </td>
    <td width="610" valign="top" class="main"><!-- #BeginEditable "content" -->
{content}
<!-- #EndEditable --></td>
  </tr>
  <tr>
    <td colspan="2" class="footer"><p>{textnav}</p>
      <p>{MO_CLUB} &middot; Wharnscale Barn, Hollinscar, North Yorkshire &middot; Member club of the regional caving council</p>
      <p>Page updated {updated.strftime('%d/%m/%Y')} by the webmaster.</p></td>
  </tr>
</table>
</body>
<!-- #EndTemplate --></html>
"""


MO_FRAME_CLUTTER = ["Next meets", MO_RESCUE, "Visitors since March 2002:", "The barn",
                    f"{MO_CLUB} \u00b7 Wharnscale Barn, Hollinscar, North Yorkshire \u00b7 Member club of the regional caving council"]


def mo_notice(page) -> str:
    if isinstance(page, Page):
        turn = rank_of("mousa", "banner", 3, page)
        if turn is not None:
            page.clutter += ["News:", MO_NOTICES[turn]]
            return f'      <p class="news"><font color="#CC0000"><b>News:</b></font> {esc(MO_NOTICES[turn])}</p>\n'
    return ""


def mousa(p: Page) -> str:
    rng = p.rng
    site = "mousa"
    p.claimed_words = p.words
    backdate(p, LATEST_STUDY[site])
    author = mo_author(p.title)
    issue, season, pages = mo_issue(p.title)
    src_label, by_label, len_label = MO_LABELS[number(site, "labels", p.title, mod=len(MO_LABELS))]
    h_tags = number(site, "heads", p.title, mod=2) == 0  # otherwise subheads are paragraphs with a class

    def heading(value: str) -> str:
        return f"<h3>{esc(value)}</h3>" if h_tags else f'<p class="subhead">{esc(value)}</p>'

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>\n" + "\n".join(f"  <li>{esc(i)}</li>" for i in items) + f"\n</{tag}>"

    pieces = shown_pieces(p, heading, lambda v, k: f'<p class="bodytext">{esc(v)}</p>',
                          lambda v: f'<blockquote><p class="bodytext"><em>{esc(v)}</em></p></blockquote>', listing)
    n_essay = len(pieces)
    if carries(site, "remark", 12, p):
        # pull quote: a sentence lifted from this essay and boxed nearby
        line = rng.choice(ESSAYS_BY_TITLE[p.title]["points"])
        box = (f'<table width="210" border="0" align="right" cellpadding="8" cellspacing="0" class="pullquote">'
               f"<tr><td>&ldquo;{esc(line)}&rdquo;</td></tr></table>")
        slot_in(pieces, spot(n_essay, rng, 2, 5), ("note", box))
        p.clutter.append(line)  # dropped again by the truth writer whenever the line is shown in the essay
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        year = int(season[-4:]) - 1 - number(site, "photo", p.title, mod=6)
        if turn % 2 == 0:
            caption = f"Photo: {author} rigging the entrance pitch, {year}"
        else:
            caption = f"Cover drawing for Bulletin No. {issue} by {MO_TYPISTS[number(site, 'drawn', p.title, mod=3)]}"
        piece = (f'<p class="photo"><img src="../images/log/{issue}_{digest(site, "pic", p.title, n=4)}.jpg" width="400" '
                 f'height="{250 + number(site, "ph", p.title, mod=60)}" alt=""><br><span class="caption">{esc(caption)}</span></p>')
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("media", piece))
    more = ""
    top_pager = ""
    if p.cut is not None:
        said = f"Continued overleaf, so to speak: {fmt_int(p.rest_words())} more words on the next page"
        more = (f'<p class="pager">{esc(said)} <a href="{mo_url(p.title)[:-4]}_2.htm">&raquo;</a><br>'
                f'Page: <b>[1]</b> <a href="{mo_url(p.title)[:-4]}_2.htm">2</a></p>\n')
        top_pager = '<p class="pagetop">Web page one of two</p>\n'
        p.clutter += [said, "Web page one of two"]
    if p.cut is None and p.refs:
        pieces.append(("heading", heading("Bibliography")))
        pieces.append(("refs", "\n".join(f'<p class="ref">{mk}</p>' for _, mk in p.refs)))
    credit = ""
    if carries(site, "credit", 6, p):
        said = MO_CREDIT.format(name=MO_TYPISTS[number(site, "typist", p.title, mod=3)])
        credit = f'<p class="small"><em>{esc(said)}</em></p>\n'
        p.clutter.append(said)
    body = "\n".join(h for _, h in pieces)
    access = f'<p class="access"><b>A word of warning:</b> {esc(MO_ACCESS)}</p>\n'
    early = placed_before(site, "access", p)
    where = f"The Bulletin, No. {issue} ({season}), pp. {pages}"
    length = f"{fmt_int(p.words)} words"
    p.clutter += [src_label, by_label, len_label, where, length, MO_ACCESS, "A word of warning:", "Also in the Bulletin",
                  *MO_FRAME_CLUTTER]
    related = ""
    for t in rng.sample(p.others, 3):
        line = first_lead_of(t)
        i_, s_, _ = mo_issue(t)
        meta = f"No. {i_} ({s_}) \u00b7 {mo_author(t)}"
        related += (f'<tr><td class="reltitle"><a href="{mo_url(t)}">{esc(t)}</a><br><span class="relmeta">{esc(meta)}</span>'
                    f'<br><span class="relquote">A line from it: <i>{esc(line)}</i></span></td></tr>\n')
        p.clutter += [t, meta, line, "A line from it:"]
    updated = date(2007, 1, 8) + timedelta(days=number(site, "upd", p.title, mod=90))
    visitors = 9000 + number(site, "visitors", p.title, mod=9000)
    p.clutter += [f"Page updated {updated.strftime('%d/%m/%Y')} by the webmaster.", fmt_int(visitors),
                  *mo_meets(updated)]
    crumb = (f'<p class="crumb"><a href="../index.htm">Home</a> &gt; <a href="index.htm">The Bulletin</a> &gt; '
             f'No. {issue}</p>')
    content = f"""{crumb}
<table class="logdet" width="100%" border="0" cellspacing="0" cellpadding="3">
  <tr><td class="dl" width="95">{esc(src_label)}</td><td>{esc(where)}</td></tr>
  <tr><td class="dl">{esc(by_label)}</td><td>{esc(author)}</td></tr>
  <tr><td class="dl">{esc(len_label)}</td><td>{esc(length)}</td></tr>
</table>
<h1 class="arttitle">{esc(p.title)}</h1>
{top_pager}{access if early else ""}{body}
{more}{credit}{"" if early else access}<hr size="1" noshade>
<p class="boxhead">Also in the Bulletin</p>
<table width="100%" border="0" cellspacing="0" cellpadding="4" class="related">
{related}</table>"""
    return iso_safe(mo_head(p.title) + "\n" + mo_frame(p, content, updated, visitors, mo_notice(p)))


def mousa_index(ix: IndexPage) -> str:
    """Back numbers of the Bulletin, or the meets list."""
    updated = date(2007, 2, 26)
    if ix.kind == "backnumbers":
        by_issue: dict[int, list[str]] = {}
        for t in ix.site_titles:
            by_issue.setdefault(mo_issue(t)[0], []).append(t)
        rows = ""
        for issue in sorted(by_issue, reverse=True):
            season = mo_issue(by_issue[issue][0])[1]
            items = "".join(f'<li><a href="{mo_url(t)}">{esc(t)}</a> &ndash; {esc(mo_author(t))}</li>' for t in by_issue[issue])
            rows += f'<p class="subhead">No. {issue}, {season}</p>\n<ul>{items}</ul>\n'
        content = f"""<p class="crumb"><a href="../index.htm">Home</a> &gt; The Bulletin</p>
<h1 class="arttitle">The Bulletin: back numbers online</h1>
<p class="bodytext">The Bulletin has come out twice a year since 1961. Articles from recent numbers are being typed in by volunteers; trip reports and tackle notes stay in the printed copies in the barn library.</p>
{rows}"""
        return iso_safe(mo_head("Back numbers") + "\n" + mo_frame(ix, content, updated, 15322, ""))
    rows = ""
    when = date(2007, 1, 6)
    for k in range(12):
        rows += (f'<tr><td>{when.day} {when.strftime("%B")}</td><td>{esc(MO_CAVES[(k * 3) % len(MO_CAVES)])}</td>'
                 f'<td>{esc(MO_LEADERS[(k * 2) % len(MO_LEADERS)])}</td></tr>\n')
        when += timedelta(days=14 + 7 * (k % 2))
    content = f"""<p class="crumb"><a href="../index.htm">Home</a> &gt; Meets</p>
<h1 class="arttitle">Meets list 2007</h1>
<p class="bodytext">Meet at the barn at 9.30 unless the leader says otherwise. Novices welcome on most trips; borrow a helmet and light from the tackle store.</p>
<table width="100%" border="1" cellspacing="0" cellpadding="4" class="meets">
<tr><th>Date</th><th>Cave</th><th>Leader</th></tr>
{rows}</table>"""
    return iso_safe(mo_head("Meets list 2007") + "\n" + mo_frame(ix, content, updated, 15107, ""))


# ---- 2. uyea: a bridge club's articles on ASP.NET WebForms, 2012 ---------------------------------------------

UY_CLUB = "Abbotsmead Bridge Club"
UY_TAGLINE = "Duplicate bridge in a friendly club, since 1971"
UY_MENU = [("Home", "Default.aspx"), ("Sessions", "Sessions.aspx"), ("Results", "Results.aspx"),
           ("Articles", "Articles.aspx"), ("Lessons", "Lessons.aspx"), ("Members", "Members/Login.aspx")]
UY_AUTHORS = [("Pat Brimelow", "club teacher"), ("Howard Lingard", "tournament director"), ("Maureen Tolley", "secretary"),
              ("Geoff Halliwell", "member"), ("Anne Fazakerley", "chairman"), ("Clive Sowden", "member")]
UY_SPONSORS = [
    "Brimstage and Co, solicitors: wills and probate, with a free first meeting for members.",
    "The Ferry Inn: Sunday lunch, two courses for \u00a311.95.",
    "Harewood Travel: a bridge holiday in Madeira this autumn, with duplicate every evening.",
    "Kettle and Crumb tea rooms, Market Place: ten per cent off when you show your club card.",
    "Abbotsmead Motors: your car's annual test while you wait.",
]
UY_LESSONS = ("Learn bridge with us: ten Tuesday evenings each autumn and spring, and no partner needed. "
              "Ring the club on 01632 960418.")
UY_COOKIE = "One small cookie remembers your sign-in. Continuing to browse counts as saying yes to it."
UY_NOTICES = [
    "No parking at the pavilion on 21 April while the car park is resurfaced; use Ferry Lane instead.",
    "Table money goes up to \u00a33 from the first session in May.",
    "The Easter pairs is on Bank Holiday Monday at 2pm; enter on the sheet by the tea urn.",
]
UY_SUITS = [("S", "&spades;", "\u2660"), ("H", "&hearts;", "\u2665"), ("D", "&diams;", "\u2666"), ("C", "&clubs;", "\u2663")]
UY_RANKS = "AKQJT98765432"
UY_RANK_NAMES = {"A": "ace", "K": "king", "Q": "queen", "J": "jack", "T": "ten", "9": "nine", "8": "eight",
                 "7": "seven", "6": "six", "5": "five", "4": "four", "3": "three", "2": "two"}
UY_SUIT_NAMES = {"S": "spades", "H": "hearts", "D": "diamonds", "C": "clubs"}
UY_SEATS = ["North", "East", "South", "West"]
UY_VUL = ["Love all", "N/S game", "E/W game", "Game all", "N/S game", "E/W game", "Game all", "Love all",
          "E/W game", "Game all", "Love all", "N/S game", "Game all", "Love all", "N/S game", "E/W game"]
UY_ADVICE = [
    "Count your losers before you play to the first trick, not after the second.",
    "Try it with the East and West cards covered before you read on.",
    "Half the room went down in it on the night, so you are in good company if you did too.",
    "The safety play costs nothing unless the suit breaks evenly, which it seldom does.",
    "A quiet opening lead would have made declarer's life much harder.",
    "Bring your own solution to the next teaching evening and we will compare notes.",
]


def uy_author(title: str) -> tuple[str, str]:
    return UY_AUTHORS[number("uyea", "author", title, mod=len(UY_AUTHORS))]


def uy_id(title: str) -> int:
    return 31 + SITE_TITLES["uyea"].index(title) * 2 + number("uyea", "id", title, mod=2)


def uy_date(title: str) -> date:
    k = SITE_TITLES["uyea"].index(title)
    return date(2011, 9, 5) + timedelta(days=12 * k + number("uyea", "day", title, mod=6))


def uy_viewstate(*parts) -> str:
    raw = hashlib.sha256("|".join(map(str, parts)).encode()).digest() * 3
    return "/wEPDwUK" + base64.b64encode(raw).decode()[:110]


def uy_hand(title: str) -> tuple[str, list[str]]:
    """A dealt board for the side panel: its markup and the phrases the truth should list."""
    rng = random.Random(f"set34:{SEED}:uyea:deal:{title}")
    deck = [s + r for s, _, _ in UY_SUITS for r in UY_RANKS]
    rng.shuffle(deck)
    hands = {seat: deck[k * 13:(k + 1) * 13] for k, seat in enumerate(UY_SEATS)}
    board = 1 + number("uyea", "board", title, mod=28)
    dealer = UY_SEATS[(board - 1) % 4]
    vul = UY_VUL[(board - 1) % 16]
    points = {seat: sum({"A": 4, "K": 3, "Q": 2, "J": 1}.get(c[1], 0) for c in cards) for seat, cards in hands.items()}
    ns, ew = points["North"] + points["South"], points["East"] + points["West"]
    pair = ("North", "South") if ns >= ew else ("East", "West")
    declarer = max(pair, key=lambda seat: points[seat])
    dummy = pair[1] if declarer == pair[0] else pair[0]
    fits = {s: sum(c[0] == s for c in hands[declarer] + hands[dummy]) for s, _, _ in UY_SUITS}
    trump = max(fits, key=lambda s: (fits[s], "CDHS".index(s)))
    strong = max(ns, ew) >= 25 or (max(ns, ew) >= 22 and fits[trump] >= 9)
    level = 4 if strong and trump in "HS" and fits[trump] >= 8 else 3 if strong else 2
    strain = "NT" if (level == 3 and trump in "CD") or fits[trump] < 8 else dict((s, u) for s, _, u in UY_SUITS)[trump]
    leader = UY_SEATS[(UY_SEATS.index(declarer) + 1) % 4]
    lead_suit = max((s for s, _, _ in UY_SUITS), key=lambda s: (sum(c[0] == s for c in hands[leader]), s))
    run = [c for c in sorted(hands[leader], key=lambda c: UY_RANKS.index(c[1])) if c[0] == lead_suit]
    touching = len(run) > 1 and UY_RANKS.index(run[1][1]) == UY_RANKS.index(run[0][1]) + 1 and run[0][1] in "AKQJT"
    lead = run[0] if touching or len(run) < 4 else run[3]  # top of a sequence, else fourth highest
    header = f"Board {board}, dealer {dealer}, {vul}"
    contract = f"Contract: {level}{strain} by {declarer}"
    said = [f"{declarer} plays {level}{'NT' if strain == 'NT' else strain} after {leader} leads the "
            f"{UY_RANK_NAMES[lead[1]]} of {UY_SUIT_NAMES[lead[0]]}.",
            f"{declarer} and {dummy} have {max(ns, ew)} points and {fits[trump]} {UY_SUIT_NAMES[trump]} between them.",
            UY_ADVICE[number("uyea", "advice", title, mod=len(UY_ADVICE))]]
    phrases = [header, contract, *said]

    def seat_cell(seat: str) -> str:
        rows = []
        for s, ent, uni in UY_SUITS:
            ranks = " ".join("10" if c[1] == "T" else c[1] for c in sorted(hands[seat], key=lambda c: UY_RANKS.index(c[1]))
                             if c[0] == s) or "&mdash;"
            rows.append(f'<span class="s{s.lower()}">{ent}</span> {ranks}')
            if ranks != "&mdash;" and len(ranks) >= 4:
                phrases.append(f"{uni} {ranks}")
        return f'<b>{seat}</b><br />' + "<br />".join(rows)

    markup = (f'<div class="sidebox hand"><h3>Hand of the week</h3><p class="handhead">{esc(header)}</p>'
              f'<table class="deal" cellpadding="2" cellspacing="0"><tr><td></td><td>{seat_cell("North")}</td><td></td></tr>'
              f'<tr><td>{seat_cell("West")}</td><td><img src="images/compass.gif" width="60" height="60" alt="" /></td>'
              f'<td>{seat_cell("East")}</td></tr><tr><td></td><td>{seat_cell("South")}</td><td></td></tr></table>'
              f'<p class="contract">{esc(contract)}</p><p class="handnote">{esc(" ".join(said))}</p></div>')
    return markup, ["Hand of the week", *phrases]


def uy_results(day: date) -> tuple[str, list[str]]:
    rng = random.Random(f"set34:{SEED}:uyea:results:{day.isoformat()}")
    names = [a.split()[1] for a, _ in UY_AUTHORS] + ["Tordoff", "Ormondroyd", "Scholey", "Gillibrand"]
    session = day - timedelta(days=(day.weekday() - 0) % 7 or 7)
    tables = rng.randint(7, 13)
    top = rng.uniform(58, 66)
    lines = []
    pairs = rng.sample(names, 6)
    for k, (place, pct) in enumerate((("1st", top), ("2nd", top - rng.uniform(1, 3)), ("3rd", top - rng.uniform(3.5, 6)))):
        lines.append(f"{place} {pairs[2 * k]} and {pairs[2 * k + 1]}, {pct:.1f}%")
    head = f"Monday {session.day} {session.strftime('%B')}, {tables} tables"
    markup = (f'<div class="sidebox"><h3>Last week\'s results</h3><p>{esc(head)}<br />'
              + "<br />".join(esc(x) for x in lines) + '</p><p><a href="Results.aspx">All results</a></p></div>')
    return markup, ["Last week's results", head, *lines, "All results"]


def uy_head(title: str) -> str:
    return f"""<!DOCTYPE html>

<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	{esc(title)} :: {UY_CLUB}
</title><link href="App_Themes/Green/club.css" type="text/css" rel="stylesheet" /></head>"""


def uy_frame(page, action: str, content: str, side: str, cookie: str, notice: str) -> str:
    cells = []
    for k, (label, href) in enumerate(UY_MENU):
        cells.append(f'<td onmouseover="Menu_HoverStatic(this)" onmouseout="Menu_Unhover(this)" onkeyup="Menu_Key(this)" id="ctl00_mnuMainn{k}">'
                     f'<table class="ctl00_mnuMain_4" cellpadding="0" cellspacing="0" border="0" width="100%"><tr>'
                     f'<td style="white-space:nowrap;"><a class="ctl00_mnuMain_1 ctl00_mnuMain_3" href="{href}">{esc(label)}</a></td>'
                     f'</tr></table></td><td style="width:3px;"></td>')
    menu = ('<a href="#ctl00_mnuMain_SkipLink"><img alt="Skip Navigation Links" src="/WebResource.axd?d=Jw2x8Gk1&amp;t=634245" width="0" height="0" style="border-width:0px;" /></a>'
            '<table id="ctl00_mnuMain" class="ctl00_mnuMain_2" cellpadding="0" cellspacing="0" border="0"><tr>\n'
            + "\n".join(cells) + '\n</tr></table><a id="ctl00_mnuMain_SkipLink"></a>')
    state = uy_viewstate("uyea", action)
    return f"""<body>
    <form name="aspnetForm" method="post" action="{action}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{state}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit();
    }}
}}
//]]>
</script>
    <div id="wrapper">
        <div id="banner">
            <h1>{UY_CLUB}</h1>
            <span id="ctl00_lblTagline" class="tagline">{esc(UY_TAGLINE)}</span>
        </div>
        <div id="menubar">{menu}</div>
{notice}        <div id="columns">
            <div id="maincol">
{content}
            </div>
            <div id="sidecol">
{side}
            </div>
        </div>
        <div id="footer">
            <span id="ctl00_lblFooter">{UY_CLUB} &middot; Abbotsmead Cricket Pavilion, Ferry Lane &middot; Monday and Thursday 7.15pm, Wednesday 1.30pm</span><br />
            <span class="small">Affiliated to the county bridge association. &copy; 2012 {UY_CLUB}.</span>
        </div>
    </div>
{cookie}
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA2&amp;t=634245046914809245" type="text/javascript"></script>
</form>
</body>
</html>
"""


UY_FRAME_CLUTTER = [UY_TAGLINE,
                    f"{UY_CLUB} \u00b7 Abbotsmead Cricket Pavilion, Ferry Lane \u00b7 Monday and Thursday 7.15pm, Wednesday 1.30pm",
                    "Affiliated to the county bridge association.", f"\u00a9 2012 {UY_CLUB}."]


def uy_cookie_and_notice(page) -> tuple[str, str]:
    cookie = notice = ""
    if isinstance(page, Page):
        turn = rank_of("uyea", "banner", 3, page)
        if turn is not None:
            notice = (f'        <div id="ctl00_pnlNotice" class="notice">\n\t<span id="ctl00_lblNotice">{esc(UY_NOTICES[turn])}</span>\n'
                      f'        </div>\n')
            page.clutter.append(UY_NOTICES[turn])
        show = carries("uyea", "cookies", 12, page)
    else:
        show = True
    if show:
        cookie = (f'<div id="ctl00_pnlCookie" class="cookiebar">\n\t<span>{esc(UY_COOKIE)}</span>'
                  f'<input type="submit" name="ctl00$btnCookieOk" value="OK" id="ctl00_btnCookieOk" />\n</div>')
        if isinstance(page, Page):
            page.clutter.append(UY_COOKIE)
    return cookie, notice


def uyea(p: Page) -> str:
    rng = p.rng
    site = "uyea"
    p.claimed_pages = p.pages
    backdate(p, LATEST_STUDY[site])
    author, role = uy_author(p.title)
    aid = uy_id(p.title)
    added = uy_date(p.title)
    div_mode = number(site, "enter", p.title, mod=3) == 0  # this writer's editor made a div of each paragraph
    two_spaces = number(site, "spaces", p.title, mod=3) == 0  # and this one typed two spaces after a stop
    block = "div" if div_mode else "p"

    def typed(text: str) -> str:
        out = esc(text)
        return re.sub(r"([.?!]) (?=[A-Z])", r"\1&nbsp; ", out) if two_spaces else out

    def heading(value: str) -> str:
        return f"<div><strong>{esc(value)}</strong></div>" if div_mode else f"<h4>{esc(value)}</h4>"

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>" + "".join(f"<li>{typed(i)}</li>" for i in items) + f"</{tag}>"

    pieces = shown_pieces(p, heading, lambda v, k: f"<{block}>{typed(v)}</{block}>",
                          lambda v: f"<blockquote><{block}>{typed(v)}</{block}></blockquote>", listing)
    n_essay = len(pieces)
    if carries(site, "remark", 12, p):
        text = rng.choice(UY_SPONSORS)
        ad = (f'<div class="sponsor"><a id="ctl00_ContentPlaceHolder1_adSponsor" href="Sponsor.aspx?s={number(site, "ad", text, mod=90)}" target="_blank">'
              f'<img src="ads/{slug(text)[:12]}.gif" alt="" style="border-width:0px;" /></a><br />'
              f'<span class="sponsorline">Our sponsor: {esc(text)}</span></div>')
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", ad))
        p.clutter += [f"Our sponsor: {text}"]
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"{author} at the club's charity simultaneous, {added.year - 1 - number(site, 'sim', p.title, mod=4)}"
        else:
            caption = "From the club scrapbook: the first duplicate evening in the old pavilion"
        piece = (f'<{block} style="text-align:center"><img src="UserFiles/Image/art{aid}_{digest(site, "pic", p.title, n=5)}.jpg" '
                 f'width="320" height="220" alt="" /><br /><em>{esc(caption)}</em></{block}>')
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("media", piece))
    login = ""
    if p.cut is not None:
        said = "Members can read on after signing in with their membership number."
        login = (f'<div id="ctl00_ContentPlaceHolder1_pnlMembersOnly" class="membersonly">\n'
                 f'\t<p>{esc(said)}</p>\n'
                 f'\t<label for="ctl00_ContentPlaceHolder1_txtMember">Card number</label> <input name="ctl00$ContentPlaceHolder1$txtMember" type="text" id="ctl00_ContentPlaceHolder1_txtMember" /><br />\n'
                 f'\t<label for="ctl00_ContentPlaceHolder1_txtPassword">Password</label> <input name="ctl00$ContentPlaceHolder1$txtPassword" type="password" id="ctl00_ContentPlaceHolder1_txtPassword" /><br />\n'
                 f'\t<input type="submit" name="ctl00$ContentPlaceHolder1$btnLogin" value="Log in" id="ctl00_ContentPlaceHolder1_btnLogin" />\n'
                 f'\t<p><a href="Lessons.aspx">Not a member? Find out about joining.</a></p>\n</div>\n')
        p.clutter += [said, "Card number", "Password", "Not a member? Find out about joining."]
    if p.cut is None and p.refs:
        pieces.append(("heading", heading("Books worth reading")))
        pieces.append(("refs", "\n".join(f"<{block}>{mk}</{block}>" for _, mk in p.refs)))
    body = "\n".join(h for _, h in pieces)
    lessons = (f'<div id="ctl00_ContentPlaceHolder1_pnlLessons" class="lessons">\n\t<span>{esc(UY_LESSONS)}</span>\n</div>\n')
    early = placed_before(site, "lessons", p)
    printable = f"Printable copy ({plural(p.pages, 'page')})"
    byline = f"by {author}, {role}"
    stamp = f"added {added.strftime('%d/%m/%Y')}"
    order = SITE_TITLES[site]
    k = order.index(p.title)
    counter = f"Article {k + 1} of {len(order)}"
    p.clutter += [byline, stamp, printable, counter, UY_LESSONS, "More club articles", *UY_FRAME_CLUTTER]
    pager = [f'<span id="ctl00_ContentPlaceHolder1_lblCounter">{counter}</span>']
    if k > 0:
        pager.append("<a id=\"ctl00_ContentPlaceHolder1_lnkPrev\" href=\"javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkPrev','')\">&laquo; Previous article</a>")
        p.clutter.append("\u00ab Previous article")
    if k < len(order) - 1:
        pager.append("<a id=\"ctl00_ContentPlaceHolder1_lnkNext\" href=\"javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkNext','')\">Next article &raquo;</a>")
        p.clutter.append("Next article \u00bb")
    related = ""
    for t in rng.sample(p.others, 3):
        line = second_figure_of(t)
        a_, _ = uy_author(t)
        meta = f"{a_}, {uy_date(t).strftime('%B %Y')}"
        related += (f'<li><a href="Article.aspx?ArticleID={uy_id(t)}">{esc(t)}</a> <span class="relmeta">({esc(meta)})</span>'
                    f'<br /><span class="snippet">The gist: {esc(line)}</span></li>\n')
        p.clutter += [t, f"({meta})", line, "The gist:"]
    side = [f'<div class="sidebox"><h3>More club articles</h3><ul class="artlist">\n{related}</ul></div>']
    if carries(site, "hand", 12, p):
        markup, phrases = uy_hand(p.title)
        side.insert(0, markup)
        p.clutter += phrases
    markup, phrases = uy_results(added)
    side.append(markup)
    p.clutter += phrases
    content = f"""                <span id="ctl00_ContentPlaceHolder1_lblTitle" class="ArticleTitle">{esc(p.title)}</span><br />
                <span id="ctl00_ContentPlaceHolder1_lblAuthor" class="byline">{esc(byline)}</span>
                <span id="ctl00_ContentPlaceHolder1_lblDate" class="date">{esc(stamp)}</span>
                <div class="tools"><a id="ctl00_ContentPlaceHolder1_lnkPrint" href="PrintArticle.aspx?ArticleID={aid}" target="_blank">{esc(printable)}</a></div>
{lessons if early else ""}                <div id="ctl00_ContentPlaceHolder1_divBody" class="articlebody">
{body}
                </div>
{login}{"" if early else lessons}                <div class="pager">{" | ".join(pager)}</div>"""
    cookie, notice = uy_cookie_and_notice(p)
    return uy_head(p.title) + "\n" + uy_frame(p, f"Article.aspx?ArticleID={aid}", content, "\n".join(side), cookie, notice)


def uyea_index(ix: IndexPage) -> str:
    """The list of club articles, as a paged grid."""
    rows = ""
    for k, t in enumerate(reversed(ix.site_titles)):
        a_, _ = uy_author(t)
        rows += (f'<tr class="{"row" if k % 2 == 0 else "altrow"}">\n\t\t\t<td><a href="Article.aspx?ArticleID={uy_id(t)}">{esc(t)}</a></td>'
                 f"<td>{esc(a_)}</td><td>{uy_date(t).strftime('%d/%m/%Y')}</td>\n\t\t</tr>")
    content = f"""                <span id="ctl00_ContentPlaceHolder1_lblTitle" class="ArticleTitle">Club articles</span>
                <p>Articles on the history and lore of the game, written by members for the club newsletter. Some are for members only; log in to read them in full.</p>
                <div>
\t<table cellspacing="0" rules="all" border="1" id="ctl00_ContentPlaceHolder1_gvArticles" style="border-collapse:collapse;">
\t\t<tr class="head">
\t\t\t<th scope="col">Title</th><th scope="col">Written by</th><th scope="col">Added</th>
\t\t</tr>{rows}
\t\t<tr class="pagerrow">
\t\t\t<td colspan="3"><span>1</span> <a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$gvArticles','Page$2')">2</a></td>
\t\t</tr>
\t</table>
</div>"""
    cookie, notice = uy_cookie_and_notice(ix)
    side, _ = uy_results(date(2012, 3, 19))
    return uy_head("Club articles") + "\n" + uy_frame(ix, "Articles.aspx", content, side, cookie, notice)


# ---- 3. hascosay: a bicycle shop's journal on a hosted shop platform, 2022 -----------------------------------

HA_SHOP = "Cogwell Cycles"
HA_HOST = "https://cogwellcycles.co.uk"
HA_MENU = [("Bikes", "/collections/bikes"), ("Parts", "/collections/parts"), ("Clothing", "/collections/clothing"),
           ("Workshop", "/pages/workshop"), ("Journal", "/blogs/journal"), ("Visit us", "/pages/visit")]
HA_WRITERS = ["Meg Ansty", "Jas Bhamra", "Priya Odedra", "Dan Wrathall", "Nell Bellwood"]
HA_PRODUCTS = [("Three-speed hub service kit", 2400), ("Waxed cotton saddlebag, 9 litre", 6800),
               ("Steel touring frame, 56 cm", 54900), ("Leather saddle, honey", 8500), ("Merino club jersey, black", 7200),
               ("Chain cleaning kit", 1850), ("Tubeless repair plugs", 1299), ("Cotton bar tape, red", 950),
               ("Wool cycling cap", 2200), ("Mudguard set, 45 mm", 3999), ("Rear light, rechargeable", 3499),
               ("Workshop apron, waxed canvas", 4500), ("Frame pump, brass", 2900), ("Toe clips and straps", 1600)]
HA_BAR = ["Free UK delivery on orders over \u00a350", "Workshop bookings now open for spring services",
          "Club ride every Sunday, 8.30am from the shop door", "Winter sale: up to 30% off clothing"]
HA_NOTE_LABELS = ["Shop note:", "From the workshop:", "In the shop:"]
HA_NOTES = [
    "we keep the {product} in stock at {price}; ask at the counter and we will fit it while you wait.",
    "our mechanics service old hub gears every {weekday}, so book a slot online or call in.",
    "{writer} will talk about this story in the shop on {day} at 7pm, with tea and cake.",
    "the {product} mentioned here is back in stock this week at {price}.",
    "bring in a photograph of your old bike and we will try to date it for you, free, on {weekday}s.",
]
HA_COMMENTERS = ["Steve from Tadley", "Steph R", "old_audax_mike", "Joanna Kirtley", "Ferg", "Lou B"]
HA_COMMENTS = [
    "Great read. My grandad raced in the fifties and talked about this kind of thing all the time.",
    "Didn't know half of this. More of these please, and maybe a ride out to somewhere connected?",
    "Printed this out for our club newsletter, hope that's all right.",
    "Lovely piece. The bit about {s} made me laugh out loud on the train.",
    "Came for the bar tape, stayed for the history.",
    "Is there a book you would recommend on {x}?",
]
HA_COOKIE = "Cookies keep your basket working and help us count visits. Accept, decline or choose which ones."
HA_NOTICE = "Workshop this week: {n} service slots left. Book online or call 01632 960771."
HA_NEWSLETTER = ("Join the ride list", "Workshop news, club rides and the odd discount, once a month.")
HA_FOOT = ["Cogwell Cycles, 14 Tanner Row, Wenbridge", "Shop open Tuesday to Saturday, 9 till 5.30",
           "Independent since 1994, repairs since before that."]


def ha_writer(title: str) -> str:
    return HA_WRITERS[number("hascosay", "writer", title, mod=len(HA_WRITERS))]


def ha_date(title: str) -> date:
    k = SITE_TITLES["hascosay"].index(title)
    return date(2021, 3, 5) + timedelta(days=24 * k + number("hascosay", "day", title, mod=7))


def ha_url(title: str) -> str:
    return f"/blogs/journal/{slug(title)}"


def ha_price(pence: int) -> str:
    return f"\u00a3{pence // 100:,}.{pence % 100:02d}"


def ha_head(title: str, canonical: str, description: str) -> str:
    return f"""<!doctype html>
<html class="no-js supports-no-cookies" lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width">
  <meta name="theme-color" content="#2f4f3a">
  <link rel="canonical" href="{HA_HOST}{canonical}">
  <title>{esc(title)} &ndash; {HA_SHOP}</title>
  <meta name="description" content="{esc(description)}">
  <meta property="og:site_name" content="{HA_SHOP}">
  <meta property="og:type" content="article">
  <script>var Shopify = Shopify || {{}}; Shopify.shop = "cogwell-cycles.myshopify.com"; Shopify.currency = {{"active":"GBP"}};</script>
  <link href="//cogwellcycles.co.uk/cdn/shop/t/3/assets/theme.scss.css?v=9203155" rel="stylesheet" type="text/css" media="all" />
</head>"""


def ha_frame(page, main: str, bar: str, basket: int, cookie: str) -> str:
    menu = "".join(f'<li><a href="{href}" class="site-nav__link site-nav__link--main">{esc(n)}</a></li>' for n, href in HA_MENU)
    foot = "".join(f'<p class="site-footer__line">{esc(x)}</p>' for x in HA_FOOT)
    cards = "".join(f'<li class="payment-icon"><svg role="img" aria-labelledby="card-{n.lower()}"><title id="card-{n.lower()}">{n}</title></svg></li>'
                    for n in ("Visa", "Mastercard", "Maestro", "PayPal"))
    return f"""<body class="template-article">
  <div id="shopify-section-announcement" class="shopify-section">
    <div class="announcement-bar" role="region"><a href="/pages/workshop" class="announcement-bar__link"><p class="announcement-bar__message">{esc(bar)}</p></a></div>
  </div>
  <div id="shopify-section-header" class="shopify-section">
    <header class="site-header border-bottom logo--left" role="banner">
      <div class="grid grid--no-gutters">
        <div class="grid__item medium-up--one-quarter"><a href="/" class="site-header__title">{HA_SHOP}</a></div>
        <nav class="grid__item medium-up--one-half small--hide" id="AccessibleNav" role="navigation"><ul class="site-nav list--inline" id="SiteNav">{menu}</ul></nav>
        <div class="grid__item medium-up--one-quarter text-right site-header__icons">
          <a href="/account/login" class="site-header__icon site-header__account"><span class="icon__fallback-text">Log in</span></a>
          <a href="/cart" class="site-header__icon site-header__cart"><span class="icon__fallback-text">Basket</span>
            <div id="CartCount" class="site-header__cart-count"><span data-cart-count>{basket}</span></div></a>
        </div>
      </div>
    </header>
  </div>
  <main class="main-content" id="MainContent" role="main" tabindex="-1">
{main}
  </main>
  <div id="shopify-section-footer" class="shopify-section">
    <footer class="site-footer" role="contentinfo"><div class="page-width">
      <div class="site-footer__address">{foot}</div>
      <div class="site-footer__payment"><span class="icon__fallback-text">We accept</span><ul class="payment-icons list--inline">{cards}</ul></div>
      <div class="site-footer__copyright"><small>&copy; 2022, <a href="/">{HA_SHOP}</a></small>
      <small><a target="_blank" rel="nofollow" href="https://www.shopify.co.uk/?ref=cogwell-cycles">Powered by Shopify</a></small></div>
    </div></footer>
  </div>
{cookie}</body>
</html>
"""


HA_FRAME_CLUTTER = [HA_SHOP, "Clothing", "Visit us", *HA_FOOT, "We accept", "\u00a9 2022, Cogwell Cycles", "Powered by Shopify",
                    *HA_NEWSLETTER, "Subscribe", "All Journal stories", "Kit from this story", "More tales from the workshop",
                    "Add to basket", "Leave a comment", "Comments are checked by a person before they appear.", "Pin it"]


def ha_cookie(page) -> str:
    if isinstance(page, Page) and not carries("hascosay", "cookies", 12, page):
        return ""
    if isinstance(page, Page):
        page.clutter.append(HA_COOKIE)
    return (f'<div id="consent-strip" class="consent-strip consent-strip--bottom" role="dialog" aria-live="polite">'
            f'<p class="consent-strip__text">{esc(HA_COOKIE)}</p>'
            f'<button type="button" class="consent-strip__btn consent-strip__btn--yes">Accept</button>'
            f'<button type="button" class="consent-strip__btn consent-strip__btn--no">Decline</button>'
            f'<a class="consent-strip__choose" href="/pages/privacy">Choose</a></div>\n')


def hascosay(p: Page) -> str:
    rng = p.rng
    site = "hascosay"
    p.claimed_words = p.words
    backdate(p, LATEST_STUDY[site])
    writer = ha_writer(p.title)
    posted = ha_date(p.title)
    minutes = max(1, round(p.words / 220))

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in items) + f"\n</{tag}>"

    pieces = shown_pieces(p, lambda v: f"<h2>{esc(v)}</h2>", lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f"<blockquote>\n<p>{esc(v)}</p>\n</blockquote>", listing)
    n_essay = len(pieces)
    picks = random.Random(f"set34:{SEED}:hascosay:kit:{p.title}").sample(HA_PRODUCTS, 4)
    if carries(site, "remark", 12, p):
        label = HA_NOTE_LABELS[number(site, "label", p.title, mod=len(HA_NOTE_LABELS))]
        product, pence = picks[3]
        weekday = ["Tuesday", "Wednesday", "Thursday", "Friday"][number(site, "wd", p.title, mod=4)]
        talk = posted + timedelta(days=9 + number(site, "talk", p.title, mod=20))
        text = HA_NOTES[number(site, "note", p.title, mod=len(HA_NOTES))].format(
            product=product.lower(), price=ha_price(pence), weekday=weekday, writer=writer.split()[0],
            day=f"{talk.strftime('%A')} {talk.day} {talk.strftime('%B')}")
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<p class="shop-note"><strong>{esc(label)}</strong> <em>{esc(text)}</em></p>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 5, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"A customer's machine from about {1930 + 5 * number(site, 'era', p.title, mod=9)}, in for a gentle service."
        else:
            caption = f"{writer.split()[0]}'s photograph of the club's old trophy board, now on the wall by the till."
        img = f"//cogwellcycles.co.uk/cdn/shop/files/{digest(site, 'img', p.title, n=10)}_1024x1024.jpg?v=16{number(site, 'v', p.title, mod=99999999):08d}"
        piece = f'<p><img src="{img}" alt=""></p>\n<p><em>{esc(caption)}</em></p>'
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("media", piece))
    if p.refs:
        pieces.append(("heading", "<h3>Books on the workshop shelf</h3>"))
        pieces.append(("refs", "\n".join(f"<p>{mk}</p>" for _, mk in p.refs)))
    body = "\n".join(h for _, h in pieces)
    stats = f"{fmt_int(p.words)} words \u00b7 {minutes} min read"
    slots = 1 + number(site, "slots", p.title, mod=9)
    workshop = HA_NOTICE.format(n=slots)
    notice = f'<div class="workshop-strip text-center"><p>{esc(workshop)}</p></div>\n'
    early = placed_before(site, "workshop", p)
    bar = HA_BAR[number(site, "bar", p.title, mod=len(HA_BAR))]
    basket = number(site, "basket", p.title, mod=4)
    tag = cap(p.card["subject"])
    p.clutter += [long_date(posted), f"by {writer}", stats, workshop, bar, "Tagged:", *HA_FRAME_CLUTTER]
    comments = ""
    if carries(site, "comments", 7, p):
        out = []
        when = posted
        people = rng.sample(HA_COMMENTERS, 3)
        for c in range(rng.randint(1, 3)):
            when += timedelta(days=rng.randint(1, 6))
            text = rng.choice(HA_COMMENTS).format(x=p.card["x"], s=p.card["strands"][1])
            out.append(f'<li class="comment" id="{number(site, "cid", p.title, c, mod=900000) + 100000}">'
                       f'<div class="comment__content rte"><p>{esc(text)}</p></div>'
                       f'<div class="comment__meta"><strong class="comment__author">{esc(people[c])}</strong> '
                       f'<span class="comment__date">{long_date(when)}</span></div></li>')
            p.clutter += [text, people[c], long_date(when)]
        comments = (f'<h2 class="h3">{plural(len(out), "comment")}</h2>\n<ul class="comments">\n'
                    + "\n".join(out) + "\n</ul>\n")
        p.clutter.append(plural(len(out), "comment"))
    kit = ""
    for name, pence in picks[:3]:
        was = pence + 500 if number(site, "sale", p.title, name, mod=3) == 0 else None
        price = (f'<span class="visually-hidden">Sale price</span><span class="product-price__sale">{ha_price(pence)}</span> '
                 f'<s class="product-price__was">{ha_price(was)}</s>' if was else
                 f'<span class="visually-hidden">Price</span><span class="product-price__now">{ha_price(pence)}</span>')
        kit += (f'<li class="grid__item grid-view-item small--one-half medium-up--one-third">'
                f'<a class="grid-view-item__link" href="/products/{slug(name)}"><div class="grid-view-item__title">{esc(name)}</div></a>'
                f'<div class="grid-view-item__meta">{price}</div>'
                f'<form method="post" action="/cart/add"><button type="submit" class="btn btn--small">Add to basket</button></form></li>\n')
        p.clutter.append(name)
    related = ""
    for t in rng.sample(p.others, 3):
        line = settle_of(t)
        related += (f'<div class="grid__item small--one-whole medium-up--one-third"><a href="{ha_url(t)}" class="article__link">'
                    f'<h3 class="article__title h4">{esc(t)}</h3></a><span class="article__date">{long_date(ha_date(t))}</span>'
                    f'<div class="rte article__grid-excerpt"><p>{esc(line)}</p></div><a href="{ha_url(t)}" class="btn btn--secondary">Read more</a></div>\n')
        p.clutter += [t, long_date(ha_date(t)), line]
    hero = ""
    if number(site, "hero", p.title, mod=2) == 0:
        hero = (f'<div class="article__image-wrapper"><img class="article__image" src="//cogwellcycles.co.uk/cdn/shop/articles/'
                f'{digest(site, "hero", p.title, n=8)}_1500x.jpg?v=1" alt=""></div>\n')
    main = f"""<article class="page-width" itemscope itemtype="http://schema.org/Article">
{notice if early else ""}<div class="grid"><div class="grid__item medium-up--five-sixths medium-up--push-one-twelfth">
{hero}<div class="section-header text-center">
<h1 class="article__title">{esc(p.title)}</h1>
<span class="article__author">by {esc(writer)}</span> &middot; <span class="article__date"><time datetime="{posted.isoformat()}T08:{number(site, 'm', p.title, mod=60):02d}:00Z">{long_date(posted)}</time></span>
<p class="article__stats">{esc(stats)}</p>
</div>
<div class="rte article__content" itemprop="articleBody">
{body}
</div>
<ul class="list--inline tags tags--article"><li>Tagged:</li><li><a href="/blogs/journal/tagged/{slug(tag)}">{esc(tag)}</a>,</li><li><a href="/blogs/journal/tagged/history">History</a></li></ul>
<div class="social-sharing"><a class="social-sharing__link" href="#share-fb">Share</a> <a class="social-sharing__link" href="#share-tw">Tweet</a> <a class="social-sharing__link" href="#share-pin">Pin it</a></div>
{"" if early else notice}<div id="comments">
{comments}<form method="post" action="{ha_url(p.title)}/comments#comment_form" id="CommentForm" class="comment-form" accept-charset="UTF-8"><h2 class="h3">Leave a comment</h2>
<label for="CommentAuthor">Name</label><input type="text" name="comment[author]" id="CommentAuthor">
<label for="CommentEmail">Email</label><input type="email" name="comment[email]" id="CommentEmail">
<label for="CommentBody">Message</label><textarea name="comment[body]" id="CommentBody"></textarea>
<p class="comment-form__note">Comments are checked by a person before they appear.</p>
<input type="submit" class="btn" value="Post comment"></form>
</div>
<p class="return-link-wrapper"><a href="/blogs/journal" class="btn btn--secondary return-link">All Journal stories</a></p>
</div></div>
</article>
<section class="featured-kit page-width"><h2 class="h3 text-center">Kit from this story</h2>
<ul class="grid grid--uniform">
{kit}</ul></section>
<section class="article-more page-width"><h2 class="h3 text-center">More tales from the workshop</h2>
<div class="grid grid--uniform">
{related}</div></section>
<section class="newsletter-section page-width text-center"><h2 class="h3">{HA_NEWSLETTER[0]}</h2><p>{esc(HA_NEWSLETTER[1])}</p>
<form method="post" action="/contact#newsletter" class="newsletter-form"><input type="email" name="contact[email]" placeholder="Email address"><button type="submit" class="btn newsletter__submit">Subscribe</button></form></section>"""
    return ha_head(p.title, ha_url(p.title), settle_of(p.title)) + "\n" + ha_frame(p, main, bar, basket, ha_cookie(p))


def hascosay_index(ix: IndexPage) -> str:
    """The journal's list of posts, or the workshop price list."""
    if ix.kind == "journal":
        cards = ""
        for t in reversed(ix.site_titles):
            cards += (f'<div class="grid__item blog-listing__item"><a href="{ha_url(t)}" class="article__link"><h2 class="article__title h3">{esc(t)}</h2></a>'
                      f'<span class="article__date">{long_date(ha_date(t))}</span> &middot; <span class="article__author">by {esc(ha_writer(t))}</span>'
                      f'<div class="rte article__grid-excerpt"><p>{esc(settle_of(t))}</p></div><a href="{ha_url(t)}" class="btn btn--secondary">Read more</a></div>\n')
        main = f"""<div class="page-width"><header class="section-header text-center"><h1>The Journal</h1>
<p class="blog-listing__intro">Stories from the history of the bicycle, written by the people who work here and the people who ride with us.</p></header>
<div class="grid grid--uniform blog-listing">
{cards}</div></div>"""
        return ha_head("The Journal", "/blogs/journal", "Stories from the history of the bicycle.") + "\n" + ha_frame(ix, main, HA_BAR[0], 0, ha_cookie(ix))
    prices = [("Safety check", "\u00a325"), ("Standard service", "\u00a365"), ("Full strip and rebuild", "\u00a3160"),
              ("Hub gear service", "\u00a345"), ("Wheel true", "\u00a315"), ("Puncture repair, fitted", "\u00a310")]
    rows = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in prices)
    main = f"""<div class="page-width"><header class="section-header text-center"><h1>Workshop prices</h1></header>
<div class="rte"><p>All work is done in the shop by our own mechanics. Prices include labour; parts are extra and we always ask before fitting them.</p>
<table><thead><tr><th>Job</th><th>Price</th></tr></thead><tbody>{rows}</tbody></table>
<p>Old bikes welcome: if it has a bell and two wheels we will have a look.</p></div></div>"""
    return ha_head("Workshop prices", "/pages/workshop", "Workshop prices at Cogwell Cycles.") + "\n" + ha_frame(ix, main, HA_BAR[1], 1, ha_cookie(ix))


# ---- 4. noss: a rowing club's anniversary series on a hosted website builder, 2017 -------------------------

NO_CLUB = "Chantry Reach Rowing Club"
NO_HOST = "https://www.chantryreach.org.uk"
NO_NAV = [("Home", "/"), ("About", "/about/"), ("Learn to row", "/learn-to-row/"), ("Juniors", "/juniors/"),
          ("Masters", "/masters/"), ("150 years", "/150-years/"), ("Contact", "/contact/")]
NO_WRITERS = ["Clare Dowsett", "Rob Pettifer", "Anika Ferrow", "Tom Hearnshaw", "Jo Culpin", "Bill Spurdens"]
NO_SERIES = "150 years on the river"
NO_INTRO = ("This year Chantry Reach turns 150. Through the anniversary season our members are writing short pieces "
            "on moments from the wider history of rowing, from the tideway to the Olympic lake, as a reminder of what "
            "we belong to each time we carry a boat down the hard. The pieces are personal and are not the club's "
            "official view of anything.")
NO_REGATTA = ("The 150th anniversary regatta is on Saturday 8 July 2017. Entries open on 1 April, and crews from any "
              "club are welcome.")
NO_APPEAL = ("New boathouse appeal", "{raised} raised so far towards our \u00a3180,000 target. Every pound goes on the new boat bay.",
             "Give to the appeal")
NO_SIDE = [("Outings", "Weekdays 6.15am and 6pm, Saturdays 8am and 10am. Novices on Sunday mornings."),
           ("Find us", "The Boathouse, Towpath Lane, Wyldbridge. Park by the lock, not on the slipway.")]
NO_FOOT = ["Affiliated to British Rowing", "A registered community amateur sports club"]


def no_writer(title: str) -> str:
    return NO_WRITERS[number("noss", "writer", title, mod=len(NO_WRITERS))]


def no_date(title: str) -> date:
    return date(2017, 1, 8) + timedelta(days=14 * SITE_TITLES["noss"].index(title))


def no_url(title: str) -> str:
    return f"/150-years/{slug(title)}/"


class Modules:
    """Module ids as the builder hands them out: a per-page starting number that climbs irregularly."""

    def __init__(self, title: str):
        self.k = 12000000000 + number("noss", "module", title, mod=900000000) * 10

    def __call__(self) -> str:
        self.k += 1 + number("noss", "gap", self.k, mod=17)
        return f"cc-m-{self.k}"


def no_module(mid: str, kind: str, inner: str) -> str:
    return f'<div id="{mid}" class="j-module n j-{kind} ">{inner}</div>'


def no_head(title: str, canonical: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8"/>
<meta name="viewport" content="width=device-width"/>
<title>{esc(title)} - {NO_CLUB}</title>
<meta name="description" content=""/>
<meta name="robots" content="index, follow, archive"/>
<link rel="canonical" href="{NO_HOST}{canonical}"/>
<link rel="stylesheet" type="text/css" href="https://assets.jimstatic.com/web.css.94de3c1e51b2c4f0a7d5.css" media="all"/>
<script type="text/javascript">var jimdoData = {{"isCms":false,"cmsPageId":2049771,"websiteId":"s7c2f8a3e1b9d4a60","pageType":"blog","lang":"en"}};</script>
</head>"""


def no_frame(page_id: int, main: str, active: str) -> str:
    nav = "".join(f'<li id="cc-nav-view-{2049700 + 9 * k}" class="jmd-nav__list-item-0{" cc-nav-current j-nav-current jmd-nav__item--current" if href == active else ""}">'
                  f'<a href="{href}" data-link-title="{esc(n)}">{esc(n)}</a></li>' for k, (n, href) in enumerate(NO_NAV))
    side = "".join(no_module(f"cc-m-9{880140 + 7 * k}", "text", f"<p><strong>{esc(a)}</strong></p><p>{esc(b)}</p>")
                   for k, (a, b) in enumerate(NO_SIDE))
    foot = "".join(f"<p>{esc(x)}</p>" for x in NO_FOOT)
    return f"""<body class="body cc-page cc-page-blog j-m-text-styles j-m-header-styles j-m-imageSubtitle-styles j-m-callToAction-styles j-m-blogSelection-styles j-m-comment-styles cc-pagemode-default cc-content-parent" id="page-{page_id}">
<div id="cc-inner" class="cc-content-parent">
<div class="jtpl-main cc-content-parent">
<header class="jtpl-header"><div class="jtpl-logo"><a href="/" class="jtpl-logo__link">{NO_CLUB}</a></div>
<nav class="jtpl-navigation" data-container="navigation"><div class="j-nav-variant-nested"><ul class="cc-nav-level-0 j-nav-level-0">{nav}</ul></div></nav>
</header>
<div class="jtpl-section cc-content-parent">
<div class="jtpl-content cc-content-parent"><div id="content_area" data-container="content"><div id="content_start"></div>
{main}
</div></div>
<aside class="jtpl-sidebar" data-container="sidebar"><div id="cc-matrix-3318820811">{side}</div></aside>
</div>
<footer class="jtpl-footer" data-container="footer"><div id="cc-matrix-3318820812">{no_module("cc-m-9880199", "text", foot)}</div>
<div id="contentfooter" data-container="footer"><div class="leftrow"><a href="/about/">About</a> | <a href="/privacy/">Privacy</a> | <a href="/sitemap/">Sitemap</a></div>
<div class="rightrow"><span class="loggedout"><a rel="nofollow" id="login" href="/login">Log in</a></span></div></div>
</footer>
</div>
</div>
</body>
</html>
"""


NO_FRAME_CLUTTER = ["Learn to row", "Juniors", "Masters", "150 years", *[a for a, _ in NO_SIDE], *[b for _, b in NO_SIDE],
                    *NO_FOOT, "Privacy", "Sitemap", f"More from {NO_SERIES}", "Write a comment"]


def noss(p: Page) -> str:
    rng = p.rng
    site = "noss"
    backdate(p, LATEST_STUDY[site])
    writer = no_writer(p.title)
    posted = no_date(p.title)
    order = SITE_TITLES[site]
    k = order.index(p.title)
    mid = Modules(p.title)

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"

    def heading(value: str) -> tuple[str, str]:
        m = mid()
        return ("module", no_module(m, "header", f'<h2 class="" id="{m.replace("cc-m-", "cc-m-header-")}">{esc(value)}</h2>'))

    # quotations come out of the builder's text editor as an indented paragraph in italics
    pieces = shown_pieces(p, heading, lambda v, j: ("text", f"<p>{esc(v)}</p>"),
                          lambda v: ("text", f'<p style="padding-left: 30px;"><em>{esc(v)}</em></p>'),
                          lambda o, items: ("text", listing(o, items)))
    n_essay = len(pieces)
    if carries(site, "remark", 12, p):
        raised = 41250 + (posted - date(2017, 1, 8)).days * 530 + number(site, "raised", p.title, mod=400)
        said = NO_APPEAL[1].format(raised=f"\u00a3{raised:,}")
        box = (no_module(mid(), "text", f"<h3>{NO_APPEAL[0]}</h3><p>{esc(said)}</p>") +
               no_module(mid(), "callToAction", f'<div class="j-calltoaction-wrapper j-calltoaction-align-2">'
                                                f'<a class="j-calltoaction-link j-calltoaction-link-style-1" href="/appeal/">{NO_APPEAL[2]}</a></div>'))
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", ("module", box)))
        p.clutter += [NO_APPEAL[0], said, NO_APPEAL[2]]
    turn = rank_of(site, "extra", 5, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"The club's first four, photographed in {1868 + number(site, 'four', p.title, mod=6)}. From the club archive."
        else:
            caption = f"Members racing at the head race in {2012 + number(site, 'head', p.title, mod=4)}. Photograph: {writer}."
        m = mid()
        fig = (f'<figure class="cc-imagewrapper cc-m-image-align-1"><img srcset="https://image.jimcdn.com/app/cms/image/transf/dimension=640x1024:format=jpg/path/s7c2f8a3e1b9d4a60/image/i{digest(site, "img", p.title, n=16)}/version/1490{number(site, "iv", p.title, mod=999999):06d}/image.jpg 640w" '
               f'alt="" id="{m.replace("cc-m-", "cc-m-imagesubtitle-image-")}"/></figure>'
               f'<figcaption style="width: 640px">{esc(caption)}</figcaption>')
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("media", ("module", no_module(m, "imageSubtitle", fig))))
        p.clutter.append(caption)
    if p.refs:
        pieces.append(("heading", heading("Notes on sources")))
        pieces.append(("refs", ("text", "".join(f"<p>{mk}</p>" for _, mk in p.refs))))
    if carries(site, "intro", 14, p):
        pieces.insert(0, ("intro", ("text", f"<p><em>{esc(NO_INTRO)}</em></p>")))
        p.clutter.append(NO_INTRO)
    if k < len(order) - 1:
        tail = f"This is part {k + 1} of {NO_SERIES}. Next in the series: {order[k + 1]}."
    else:
        tail = f"This is part {k + 1} of {NO_SERIES}; the series resumes after the anniversary regatta."
    pieces.append(("tail", ("text", f"<p><strong>{esc(tail)}</strong></p>")))
    p.clutter.append(tail)
    # text that runs on without a break lands in one text module; headings and inserts are modules of their own
    modules: list[str] = []
    run: list[str] = []
    for _, (mtype, html) in pieces:
        if mtype == "text":
            run.append(html)
            continue
        if run:
            modules.append(no_module(mid(), "text", "".join(run)))
            run = []
        modules.append(html)
    if run:
        modules.append(no_module(mid(), "text", "".join(run)))
    regatta = no_module(mid(), "hr", "<hr/>") + no_module(mid(), "text", f"<p><em>{esc(NO_REGATTA)}</em></p>")
    if placed_before(site, "regatta", p):
        modules.insert(0, regatta)
    else:
        modules.append(regatta)
    p.clutter.append(NO_REGATTA)
    ncomments = number(site, "comments", p.title, mod=4)
    said_comments = f"Comments: {ncomments}"
    stamp = posted.strftime("%a, %d %b %Y")
    p.clutter += [writer, stamp, said_comments, *NO_FRAME_CLUTTER]
    summary = ""
    for t in rng.sample(p.others, 3):
        line = excerpt_of(t)
        summary += (f'<div class="n article"><div class="blog-head"><div class="j-blog-header">'
                    f'<h2 class="j-blog-headline j-blog-post--headline"><a href="{no_url(t)}">{esc(t)}</a></h2>'
                    f'<div class="j-blog-post--date">{no_date(t).strftime("%a, %d %b %Y")}</div></div></div>'
                    f'<div class="post j-blog-content"><p>{esc(line)}&hellip;</p></div>'
                    f'<a class="blogreadmore" href="{no_url(t)}">Read more</a></div>')
        p.clutter += [t, line, no_date(t).strftime("%a, %d %b %Y")]
    more = no_module("cc-m-9880155", "blogSelection", f'<h3 class="blogselection-heading">More from {NO_SERIES}</h3><div class="blogselection">{summary}</div>')
    page_id = 2049800 + 7 * k + number(site, "pid", p.title, mod=7)
    matrix = 3318820900 + 11 * k
    main = f"""<div class="n j-blog-meta j-blog-post--header">
<div class="j-text j-module n"><span class="j-text j-blog-post--tags-wrapper"><a class="j-blog-post--tag" href="/150-years/">{NO_SERIES}</a></span>
<h1 class="j-blog-header j-blog-headline j-blog-post--headline">{esc(p.title)}</h1>
<div class="j-blog-post--date">{stamp}</div><div class="j-blog-post--author">{esc(writer)}</div></div>
</div>
<div class="post j-blog-content"><div id="cc-matrix-{matrix}">
{chr(10).join(modules)}
</div></div>
<div class="j-blog-post--comments-count"><a href="{no_url(p.title)}#commentsModule{page_id}">{said_comments}</a></div>
<div id="commentsModule{page_id}" class="commententry"><h3>Write a comment</h3>
<form class="commentForm" action="/app/module/comment/add" method="post"><label>Name <input type="text" name="name"/></label>
<label>Email <input type="text" name="email"/></label><label>Comment <textarea name="text"></textarea></label><input type="submit" value="Submit"/></form></div>
<div id="cc-matrix-{matrix + 1}">{more}</div>"""
    return no_head(p.title, no_url(p.title)) + "\n" + no_frame(page_id, main, "/150-years/")


def noss_index(ix: IndexPage) -> str:
    """The contents of the anniversary series."""
    rows = "".join(f'<li><a href="{no_url(t)}">Part {n}: {esc(t)}</a> &ndash; {esc(no_writer(t))}, {long_date(no_date(t))}</li>'
                   for n, t in enumerate(ix.site_titles, 1))
    body = (no_module("cc-m-12012010001", "header", f'<h1 class="">{esc(NO_SERIES)}</h1>')
            + no_module("cc-m-12012010004", "text", f"<p><em>{esc(NO_INTRO)}</em></p>")
            + no_module("cc-m-12012010009", "header", '<h2 class="">The series so far</h2>')
            + no_module("cc-m-12012010013", "text", f"<ol>{rows}</ol><p>Three more parts follow after the regatta. "
                                                    f"Ideas for the series are welcome; talk to the captain.</p>"))
    main = f'<div id="cc-matrix-3318820899">{body}</div>'
    return no_head(NO_SERIES, "/150-years/") + "\n" + no_frame(2049790, main, "/150-years/")


# ---------------------------------------------------------------------------------------------------- runner

SITES = {  # host -> (essay page writer, no-essay writer, its kinds, pages cut short, pages with references)
    "mousa": (mousa, mousa_index, ["backnumbers", "meets"], 3, 3),  # access note wanders; cut pages go on over a second web page
    "uyea": (uyea, uyea_index, ["articles"], 3, 3),                    # lessons panel moves; cut = members only
    "hascosay": (hascosay, hascosay_index, ["journal", "prices"], 0, 3),  # workshop line moves
    "noss": (noss, noss_index, ["series"], 0, 3),                      # regatta note moves
}


def units_of(essay: dict) -> set[str]:
    """The essay's normalised blocks (subheads aside) and list items, where longer than five words."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int) -> dict[str, list[dict]]:
    """Drafts each host's essays in seeded card order; a draft repeating any block of an earlier keeper is passed over."""
    kept: list[tuple[dict, set[str], str]] = []
    chosen: dict[str, list[dict]] = {}
    for name, (_, _, kinds, _, _) in SITES.items():
        need = PAGES_PER_SITE - len(kinds)
        mine = [c for c in cards if c["host"] == name]
        random.Random(f"set34:{seed}:{name}:cards").shuffle(mine)
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
    """The pages left without an essay, drawn by seed from pages 2 to 17, with their kinds."""
    spots = sorted(random.Random(f"set34:{SEED}:{name}:noessay").sample(range(2, PAGES_PER_SITE), len(kinds)))
    return dict(zip(spots, kinds))


def write_folders(outdir: Path, seed: int, chosen: dict[str, list[dict]]) -> list[str]:
    """Writes every host's pages and truths, returning the SOURCES.tsv rows; the cut and reference draws are
    set one's, over the essay pages only."""
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
        folder = outdir / name
        (folder / "truth").mkdir(parents=True, exist_ok=True)
        k = 0
        for n in range(1, PAGES_PER_SITE + 1):
            page_rng = random.Random(f"{seed}:{name}:{n}")
            if n in indexes:
                ix = IndexPage(name, n, titles, page_rng, indexes[n])
                (folder / f"page-{n:02d}.html").write_text(lister(ix), "utf-8")
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
            (folder / f"page-{n:02d}.html").write_text(writer(page), "utf-8")
            (folder / "truth" / f"page-{n:02d}.md").write_text(page.truth(), "utf-8")
            rows.append(f"{name}\tpage-{n:02d}\t{essay['id']}\t{essay['words']}\t{essay['title']}")
    return rows


def main() -> None:
    global SEED
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=2034)
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
    print(f"{len(SITES)} hosts of {PAGES_PER_SITE} pages written to {args.outdir}: {need} essays from "
          f"{len(cards)} cards, {len(SITES) * PAGES_PER_SITE - need} pages without one")


if __name__ == "__main__":
    main()
