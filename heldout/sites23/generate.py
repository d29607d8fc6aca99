"""Held-out site set 23 (issue 13): can a batch pick up an unfamiliar site's template cold?

    usage (project interpreter): generate.py OUTDIR [--seed 2023]

Writes four invented essay-hosting sites (a folder of eighteen for each), copying platforms that sets one to 22
(heldout/sites/ .. sites22/) never copied. Each OUTDIR/<site>/page-NN.html gets a sibling truth note,
OUTDIR/<site>/truth/page-NN.md, readable by bench/scoring.py. Essays are assembled at run time out of topic
cards (ESSAY_CARDS) plus sentence patterns no older generator holds, so the prose is fresh to any tool
being measured. Cards never repeat; OUTDIR/SOURCES.tsv maps cards to pages; one seed, one byte stream.

Sites (markup families):
  brecqhou  Orkut, a school-history community forum. The essay is too long for one message: its poster spreads
            it over two or three posts in a row, each wrapped in the forum's own author, date and action chrome,
            with "(contd ...)" tags at the joins and, on some pages, a member's reply wedged between two parts.
            Paragraphs are text between <br><br>, headings a bold line, lists typed with hyphens
  lihou     Piczo, a pupil's free site of absolutely placed boxes. The essay is cut over several text boxes,
            with stickers, a music box and glitter between them in the source; the title box follows the first
            part in the source on half the pages while its coordinates put it on top; the counts sticker may sit
            between two parts; IE editor markup (DIV per paragraph, DIV &nbsp; spacers, indented BLOCKQUOTE)
  alderney  Project MUSE, an undergraduate history journal. The h1 is the journal's name; page numbers of the
            printed issue ("[p. 42]") break into the text, between paragraphs and inside them; on some pages
            an excerpt box reprints the first paragraph above the full text; the counts sit in the
            "Additional Information" table, which comes before the article on half the pages and after it
            elsewhere
  jethou    h2g2, the BBC's Guide. Footnote numbers sit inside the essay's sentences and the notes follow the
            text; the word count is one line of the entry data strip (which moves) and the page count sits in a
            print link far below it

Borrowed untouched from sets one to three: truth notes, folder layout, teaser cuts, invented Works Cited lists.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import importlib.util
import random
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import quote


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

# ------------------------------------------------------------------------------------------------- topic cards
# Per line, "|" parts: title, subject, x (noun phrase), people (plural), setting, period (needs a 4-digit year),
# strands (three, ";"-joined), thesis and rival (both read on after "... that"), then both facts. A fact closes
# on its sole full stop, hence sentence-level cuts never break it.

ESSAY_CARDS = """
The Whig Lords and the Malt House | politics | the Rye House Plot | Whig grandees, former Cromwellian soldiers and informers who turned king's evidence | the malt house on the road from Newmarket | 1683 | the plan to ambush the royal brothers on the road; the fire at Newmarket that sent the king home early; the treason trials of Russell and Sidney | the government used a half-formed plot to destroy the Whig leadership | the conspirators were a genuine and dangerous threat to the crown | Conspirators planned in 1683 to ambush Charles II and his brother at the Rye House in Hertfordshire. | Algernon Sidney was executed on Tower Hill in December 1683.
An Informer Named Oates | politics | the Popish Plot | Titus Oates, Catholic peers and London juries | the courts and coffee houses of London | 1678 to 1681 | the sworn depositions of Titus Oates; the murder of a Westminster magistrate; the executions of innocent Catholics | the panic fed on real political fears rather than on the invention of one man | one practised perjurer invented the entire affair | Titus Oates claimed in 1678 to have uncovered a Jesuit scheme to murder Charles II. | The magistrate Sir Edmund Berry Godfrey was found dead on Primrose Hill in October 1678.
Letters in a Beer Barrel | politics | the Babington Plot | Catholic gentlemen, Walsingham's code-breakers and the imprisoned Queen of Scots | the manor of Chartley in Staffordshire | 1586 to 1587 | the letters smuggled in beer barrels; the deciphered reply that approved the scheme; the trial at Fotheringhay | Walsingham let the conspiracy ripen so that Mary would condemn herself | Mary was the innocent victim of forged letters | Letters to and from Mary, Queen of Scots were smuggled in and out of Chartley in beer barrels in 1586. | Mary was beheaded at Fotheringhay Castle in February 1587.
Poison in the Tower | politics | the Overbury affair | a royal favourite, his ambitious wife and the keepers of the Tower | the court of James I and the Tower | 1613 to 1616 | the annulment that let Frances Howard remarry; the slow poisoning of Thomas Overbury; the trials that spared the great and hanged the small | the trials protected the court by punishing only the servants | justice was done as fully as the evidence allowed | Sir Thomas Overbury died while held in the Tower in September 1613. | The Earl and Countess of Somerset were convicted of his murder in 1616 and later pardoned.
A Glasgow Riot Over Ale | politics | the Shawfield riots | Glasgow brewers and townsfolk, the Member of Parliament Daniel Campbell and General Wade's troops | the Shawfield mansion in Glasgow | 1725 | the new tax on malt extended to Scotland; the sacking of Campbell's house; the compensation charged to the city | the rioters objected to the Union's terms no less than to a tax | the rioters were a drunken crowd with no political aim | A crowd in Glasgow wrecked the house of the local member of Parliament Daniel Campbell in June 1725. | Glasgow was made to pay Campbell compensation for the damage.
Letters Signed Junius | politics | the letters of Junius | an anonymous writer, the printer Henry Woodfall and the ministers he attacked | the newspaper offices of London | 1769 to 1772 | the attacks on the Duke of Grafton; the printer's trial for seditious libel; the long hunt for the author's identity | the letters mattered because juries refused to treat political criticism as a crime | the letters were only clever abuse that changed nothing | Letters signed Junius began to appear in the Public Advertiser in January 1769. | Henry Woodfall was tried for printing a letter addressed to the king and escaped conviction.
The Day the King Stopped Paying | economic history | the Stop of the Exchequer | goldsmith bankers, the king's ministers and their depositors | the goldsmiths' shops of Lombard Street | 1672 | the loans the crown owed to goldsmith bankers; the sudden halt to repayments; the ruin of several banking houses | the stop taught lenders to trust Parliament rather than the king | the stop was a short emergency with little lasting effect | Charles II suspended repayment of loans from the Exchequer in January 1672. | Several London goldsmith bankers collapsed within a few years of the stop.
Clipped Coins and New Money | economic history | the Great Recoinage | Treasury officials, coin clippers and the Warden of the Mint Isaac Newton | the Tower mint and its country branches | 1696 to 1699 | the clipped silver coin in circulation; the recall of the old money; the hunt for counterfeiters | the recoinage worked because the government accepted the loss instead of passing it on | the recoinage caused a needless shortage of money | The Recoinage Act of 1696 recalled all hammered silver coins in England. | Isaac Newton became Warden of the Mint in 1696.
Paper Instead of Gold | economic history | the Bank Restriction | Bank of England directors, Pitt's ministers and anxious depositors | the Bank of England in Threadneedle Street | 1797 to 1821 | the rush of depositors after a French landing scare; the order in council that stopped gold payments; the bullion debate over rising prices | the restriction showed that paper money could work if its issue was kept in check | the restriction was an emergency measure that caused ruinous inflation | The Bank of England stopped paying its notes in gold in February 1797. | Cash payments in gold were fully resumed in 1821.
Vespers in Palermo | history | the Sicilian Vespers | Sicilian townspeople, French soldiers and the King of Aragon | the city of Palermo | 1282 to 1302 | the insult to a woman outside a church; the killing of the French garrison; the long war over the crown of Sicily | the rising was popular at first and then captured by Aragonese diplomacy | the revolt was planned from the start by foreign courts | Sicilians rose against French rule at Palermo on Easter Monday in 1282. | The Peace of Caltabellotta in 1302 left Sicily in Aragonese hands.
The Wool Carders' Summer | history | the revolt of the Ciompi | Florentine wool workers, guild masters and the city's priors | the city of Florence | 1378 to 1382 | the workers barred from any guild; the wool carder Michele di Lando raised to office; the return of the great guilds | the revolt failed because its leaders were absorbed into the system they had challenged | the revolt was doomed because the workers had no programme | Wool workers in Florence seized the government of the city in July 1378. | The old guild families regained full control of Florence in 1382.
Peasants Against the Nobles | history | the Jacquerie | French peasants, their captain Guillaume Cale and the nobility of the north | the villages of the Beauvaisis | 1358 | the plunder of the countryside after Poitiers; the burning of manor houses; the slaughter of the rebels at Meaux | the rising was a reply to the nobles' failure in war rather than blind rage | the rising was a savage outburst with no cause but hunger | Peasants in the Beauvaisis rose against the nobility in May 1358. | The rebel leader Guillaume Cale was seized during a truce and executed.
Captain of Kent | history | Jack Cade's rebellion | Kentish commons, the rebel Jack Cade and the councillors of Henry VI | the roads from Kent into London | 1450 | the loss of Normandy and the blame laid on the king's advisers; the fight for London Bridge; the pardon that dissolved the rebel army | the rebellion was a protest of respectable men against bad government | the rising was a rabble led by an adventurer | Jack Cade led a rebel army from Kent into London in July 1450. | Cade was mortally wounded while being captured in Sussex later that month.
Cornwall Against the Prayer Book | religious history | the Prayer Book Rebellion | Cornish and Devon parishioners, their priests and Lord Russell's army | the countryside around Exeter | 1549 | the new English service that replaced the Latin mass; the siege of Exeter; the battles at Clyst and Sampford Courtenay | the rebels defended a way of life as much as a form of worship | a handful of conservative priests whipped the parishes into revolt | Parishioners at Sampford Courtenay in Devon forced their priest to say the old mass in June 1549. | The rebels besieged Exeter for more than a month.
Fifty Men for King Jesus | religious history | Venner's rising | Fifth Monarchy men, the cooper Thomas Venner and the guards of the restored monarchy | the streets of the City of London | 1661 | the belief that Christ's kingdom was at hand; the three days of street fighting; the laws against dissenters that followed | the rising gave the new regime the excuse it wanted to crush dissent | the rising was so small that it changed nothing | Thomas Venner led about fifty Fifth Monarchy men in an armed rising in London in January 1661. | Venner was hanged, drawn and quartered after the rising was put down.
A Drawn Battle on the Moor | military history | the battle of Sheriffmuir | Jacobite clansmen, government dragoons and their commanders Mar and Argyll | the moor above Dunblane | 1715 to 1716 | the Earl of Mar's rising for the Old Pretender; the battle where each army's right wing won; the slow collapse of the rising | the rising failed because Mar would not press an advantage he had already won | the Jacobites were beaten by a stronger army | Jacobite and government armies fought an indecisive battle at Sheriffmuir in November 1715. | The Old Pretender landed at Peterhead only in December 1715.
Knights Arrested at Dawn | religious history | the suppression of the Templars | the Knights Templar, King Philip IV of France and Pope Clement V | the Paris Temple and the prisons of France | 1307 to 1314 | the dawn arrests across France; the confessions extracted by torture; the burning of the Grand Master | the order was destroyed for its wealth rather than for any heresy | the charges had enough substance to justify an inquiry | Officers of Philip IV arrested the Templars across France on Friday 13 October 1307. | Jacques de Molay, the last Grand Master, went to the stake in Paris in March 1314.
The Castle on the Rock | religious history | the siege of Montsegur | Cathar believers, their knightly defenders and the crusading army | the fortress of Montsegur in the Pyrenees | 1243 to 1244 | the killing of inquisitors at Avignonet; the ten-month siege; the burning of those who would not recant | the siege ended organised Catharism because the believers had nowhere left to go | Catharism was already dying before the siege began | A royal army laid siege to the Cathar fortress of Montsegur in May 1243. | More than two hundred Cathars died on a pyre below the fortress in March 1244.
A Kingdom in Munster | religious history | the Anabaptist kingdom of Munster | Anabaptist preachers, townspeople of Munster and the besieging prince-bishop | the walled city of Munster in Westphalia | 1534 to 1535 | the takeover of the city council by radicals; the rule of the tailor Jan van Leiden; the siege that starved the city | the regime hardened into tyranny because the siege made every dissenter a traitor | the radicals were fanatics from the start | Anabaptists took control of the city of Munster in February 1534. | The bodies of three leaders were hung in iron cages from the tower of Saint Lambert's Church.
The Irish Mail at Abergele | history of technology | the Abergele rail disaster | railway passengers, goods train brakemen and the London and North Western Railway | the coast line near Abergele | 1868 | the runaway wagons loaded with paraffin; the collision with the Irish Mail; the inquiry into shunting on the main line | the disaster came from routine shunting practices that everyone tolerated | one careless brakeman alone brought about the crash | The Irish Mail hit runaway wagons of paraffin near Abergele in August 1868. | Thirty-three people died in the fire that followed the collision.
Smoke in the Ring Theatre | history | the Ring Theatre fire | theatregoers, stage staff and the Viennese authorities | the Ring Theatre in Vienna | 1881 | the gas lighting that set the scenery alight; the exit doors that opened inwards; the new fire rules for European theatres | the death toll came from the building's design rather than from the fire itself | the audience panicked and caused most of the deaths | Fire broke out at the Ring Theatre in Vienna during a performance of The Tales of Hoffmann in December 1881. | The disaster led to the founding of the Vienna Voluntary Rescue Society.
Charity and Fire | social history | the fire at the Bazar de la Charite | aristocratic volunteers, their guests and the Paris fire brigade | a wooden charity bazaar in the rue Jean-Goujon in Paris | 1897 | the film projector whose lamp set the hall alight; the men who fought their way out; the memorial chapel built on the site | the fire exposed the gap between aristocratic charity and ordinary safety | a new technology misfired by sheer bad luck | A blaze at a Paris charity bazaar in May 1897 left over a hundred dead. | The Duchess of Alencon was among those who died.
Two Students and a Theory | history | the Leopold and Loeb case | two wealthy students, their young victim and the lawyer Clarence Darrow | the suburbs of Chicago | 1924 | the murder planned as an intellectual exercise; the glasses that led police to the killers; Darrow's speech against the death penalty | the case mattered for the argument against hanging rather than for the crime | the killers escaped the gallows only because they were rich | Two University of Chicago students murdered fourteen-year-old Bobby Franks in May 1924. | The plea of Clarence Darrow persuaded the judge to sentence them to life imprisonment.
A Missile Without a Purpose | history of technology | the Blue Streak missile | British engineers, defence ministers and the planners of a European space launcher | the test range at Woomera in South Australia | 1955 to 1972 | the missile designed to sit in underground silos; the cancellation as a weapon; the second life as a rocket for Europe | Blue Streak was cancelled because Britain could no longer pay for an independent deterrent | the missile was dropped because it had become obsolete | Britain cancelled Blue Streak as a military missile in 1960. | Its rocket stage flew later as the first stage of the European Europa launcher.
A Train on a Cushion of Air | history of technology | the Tracked Hovercraft project | government engineers, the inventor Eric Laithwaite and Treasury officials | a test track beside the Great Ouse near Earith | 1967 to 1973 | the linear motor that drove the vehicle; the short test track in the fens; the cancellation in the spending cuts | the project died because no railway wanted to buy a new kind of train | the project failed for engineering reasons | A test vehicle of the Tracked Hovercraft project ran on a track near Earith in Cambridgeshire in 1973. | The government cancelled the project in February 1973.
The Tilting Train | history of technology | the Advanced Passenger Train | British Rail engineers, railway unions and the press | the West Coast main line | 1970 to 1986 | the tilting carriages meant to take curves at speed; the press run that made passengers ill; the quiet withdrawal of the trains | the train failed in public because it was rushed into service before it was ready | the tilting idea itself was unworkable | The Advanced Passenger Train carried fare-paying passengers from Glasgow to London in December 1981. | Tilting trains built on the same principle later ran on the West Coast main line.
A Dark Tunnel Under Box Hill | history of technology | the Box Tunnel | Brunel, his navvies and Great Western Railway directors | the hill near Corsham in Wiltshire | 1836 to 1841 | the tunnel cut through oolitic limestone; the deaths among the navvies; the legend about the sunrise on Brunel's birthday | the tunnel owed more to organisation than to engineering genius | the tunnel was a reckless gamble with workers' lives | The Box Tunnel on the Great Western Railway opened in June 1841. | About a hundred navvies are said to have died during its construction.
Telford's Highland Waterway | history of technology | the Caledonian Canal | Thomas Telford, Highland labourers and the parliamentary commissioners | the Great Glen from Inverness to Fort William | 1803 to 1822 | the scheme to give work to Highlanders; the locks at Neptune's Staircase; the canal that opened too shallow for the ships it was built for | the canal failed as a shipping route because steam and larger ships overtook it | the canal was a sound investment badly timed | The Caledonian Canal opened along the Great Glen in 1822. | The ladder of eight locks at Banavie is known as Neptune's Staircase.
A Sign Over the South Bank | architecture | the Skylon | the architects Powell and Moya, Festival planners and London crowds | the South Bank site by the Thames | 1951 to 1952 | the cigar-shaped tower that seemed to float; the student who climbed it at night; the decision to sell it for scrap | the Skylon stood for the hopes of its year precisely because it had no use | the Skylon was an empty gimmick | The Skylon rose above the Festival site beside the Thames in the summer of 1951. | It was dismantled in 1952 and sold for scrap.
Emigrants Off Dungeness | history | the sinking of the Northfleet | emigrants bound for Tasmania, railway workers and a steamer that did not stop | the anchorage off Dungeness | 1873 | the ship at anchor in the Channel; the steamer that rammed it and sailed on; the hunt for the other ship | the disaster showed how little protection the law gave to ships at anchor | a careless watch on board caused the loss | The emigrant ship Northfleet was run down at anchor off Dungeness in January 1873. | The steamer that rammed her was later identified as the Spanish ship Murillo.
Fire South of the Cape | history | the burning of the Cospatrick | emigrants bound for New Zealand, the ship's crew and the three survivors | the South Atlantic south-west of the Cape of Good Hope | 1874 | the blaze that started below decks; the lifeboats launched too late; the survivors picked up after ten days | the disaster came from overcrowding that the emigration rules allowed | the fire was a misfortune that no rule could have prevented | The emigrant ship Cospatrick caught fire far south of the equator in November 1874. | Only three people survived from the more than four hundred on board.
A Collision in the Estuary | naval history | the loss of HMS Truculent | submariners, dockyard workers and Swedish tanker hands | the Thames estuary off Sheerness | 1950 | the collision with the tanker Divina; the men who escaped and were swept away; the inquiry into lights and signals | most of the crew died because escape training did not prepare them for the cold tide | a single wrong turn explains the loss | The submarine Truculent sank after colliding with a Swedish tanker in the Thames estuary in January 1950. | Most of the crew escaped from the sunken submarine but died in the freezing water.
Rocks West of Land's End | naval history | the Scilly naval disaster | the fleet of Admiral Shovell, navigators and the islanders of Scilly | the western rocks of the Isles of Scilly | 1707 | the fleet's return from the Mediterranean; the error in reckoning position; the loss of four ships and their crews | the disaster came from errors in latitude and charts as much as from longitude | the fleet was lost because no one could find longitude at sea | Four warships of a returning British fleet struck rocks off the Isles of Scilly in October 1707. | Admiral Sir Cloudesley Shovell was among the more than fourteen hundred men who died.
Adrift on the Ice | history | the Polaris expedition | American sailors, Inuit hunters and the commander Charles Hall | the ice floes of Baffin Bay | 1871 to 1873 | the commander's sudden death after drinking coffee; the nineteen people who drifted on an ice floe; the rescue by a sealing ship | the survivors lived because they relied on the Inuit hunters among them | the expedition survived through naval discipline | The leader of the Polaris expedition, Charles Francis Hall, died in the Arctic in November 1871. | Nineteen members of the expedition drifted on an ice floe for six months before rescue.
A Ship Crushed North of Siberia | history | the Karluk expedition | Canadian scientists, the ship's captain Robert Bartlett and Inuit families | Wrangel Island north of Siberia | 1913 to 1914 | the expedition leader who left the ship to hunt; the sinking of the Karluk in the ice; the captain's walk to Siberia for help | the survivors owed their lives to the captain and the Inuit rather than to the expedition's planning | the leader was right to go ahead and hunt | The Karluk sank after being crushed in the Arctic ice in January 1914. | Captain Bartlett walked across the ice to Siberia to get help for the survivors.
Marchers from Aldermaston | politics | the Aldermaston marches | nuclear disarmament campaigners, church groups and the national press | the road between London and the weapons establishment at Aldermaston | 1958 to 1963 | the first Easter march out of London; the growing crowds that reversed the route; the split over civil disobedience | the marches gave the campaign a public ritual that outlasted its political defeat | the marches achieved nothing because governments ignored them | The first Aldermaston march set off from London at Easter 1958. | Later marches reversed the route and ended with rallies in Trafalgar Square.
Hugging the Trees | social history | the Chipko movement | village women, forestry contractors and officials in Uttar Pradesh | the hill forests of Garhwal | 1973 to 1981 | the contract to fell ash trees for a sports goods firm; the women of Reni who blocked the loggers; the ban on green felling in the hills | the movement succeeded because it defended livelihoods rather than scenery | the movement was a campaign of outside environmentalists | Villagers in the Garhwal hills began to stop contractors from felling trees in 1973. | The government banned commercial green felling in the Himalayan forests of Uttar Pradesh in 1980.
The Temple Roads at Vaikom | social history | the Vaikom satyagraha | lower-caste campaigners, temple authorities and the Congress leadership | the roads around the temple at Vaikom in Travancore | 1924 to 1925 | the ban on lower castes using roads near the temple; the volunteers who stood in the water; the compromise that opened three roads | the protest won because it made the ban look absurd to caste Hindus themselves | the protest succeeded because of Gandhi's personal intervention | Protesters began a campaign in March 1924 to open the roads around the Vaikom temple to all castes. | Three of the four roads around the temple were opened to all in 1925.
The Wagon to Podanur | imperial history | the Malabar rebellion | Mappila tenants, Hindu landlords and British troops | the Malabar district of southern India | 1921 | the Khilafat agitation in the countryside; the attacks on police and landlords; the prisoners who suffocated in a goods wagon | the rising began as an agrarian revolt that was later turned into a communal one | the rising was a religious outbreak from the start | Mappila tenants rose against British rule and landlords in Malabar in August 1921. | Dozens of prisoners suffocated in a closed railway wagon on the way to Podanur in November 1921.
Bows Against the Company | imperial history | the Santhal rebellion | Santhal villagers, moneylenders and East India Company troops | the Rajmahal hills of Bengal | 1855 to 1856 | the debts that bound Santhal families; the brothers Sidhu and Kanhu who called the rising; the martial law that ended it | the Company treated a revolt against moneylenders as a war | the revolt was a tribal outbreak with no clear cause | Santhal villagers rose against moneylenders and the Company in June 1855. | The government created the Santhal Parganas as a separate district after the rising.
Bonds Burned in the Deccan | economic history | the Deccan riots | peasant farmers, moneylenders and the Bombay government | the villages of Poona and Ahmednagar | 1875 to 1879 | the fall in cotton prices after the American war; the attacks on moneylenders' account books; the relief act that followed | the riots were aimed at debt records rather than at people | famine, not debt, drove the riots | Peasants in the Deccan attacked moneylenders and burned their bonds in May 1875. | The Deccan Agriculturists' Relief Act was passed in 1879.
Sailors Who Raised the Flag | military history | the Royal Indian Navy mutiny | Indian ratings, British officers and nationalist politicians | the ships and shore stations of Bombay | 1946 | the complaints about food and racist treatment; the strike that spread to ships across India; the surrender urged by Congress leaders | the mutiny showed the British that they could no longer rely on Indian forces | the mutiny was merely a quarrel over pay and rations | Indian ratings of the Royal Indian Navy went on strike at Bombay in February 1946. | The strikers surrendered after appeals from Vallabhbhai Patel.
Mutiny in the Garrison | military history | the Singapore mutiny of 1915 | Indian soldiers of the Fifth Light Infantry, British residents and allied sailors | the garrison of Singapore | 1915 | the rumour that the regiment would be sent to fight Turks; the release of German prisoners; the public executions outside Outram Prison | the regiment's own grievances, not German plotting, produced the mutiny | German agents organised the mutiny | Soldiers of the Fifth Light Infantry mutinied at Singapore in February 1915. | Many of the mutineers were executed by firing squad in public.
The Cruellest Captain | naval history | the mutiny on HMS Hermione | seamen of the frigate, their captain Hugh Pigot and Spanish officials | the Caribbean off Puerto Rico | 1797 to 1799 | the floggings ordered by Pigot; the night the crew killed their officers; the frigate recaptured from a Spanish harbour | the captain's cruelty, not revolutionary ideas, caused the mutiny | the mutineers were criminals inspired by the Nore | Sailors of the frigate Hermione killed their captain and officers in September 1797. | The ship was cut out of Puerto Cabello by British boats in 1799.
A Flag on a Lorcha | imperial history | the Arrow incident | Canton officials, the British consul Harry Parkes and the lorcha's Chinese crew | the harbour of Canton | 1856 to 1860 | the arrest of the crew on a Chinese-owned ship; the dispute over a lapsed registration; the war that followed | the incident was a pretext for a war that Britain already wanted | the Chinese authorities provoked the war by insulting the flag | Chinese officials seized the crew of the lorcha Arrow at Canton in October 1856. | The British registration of the Arrow had expired before the ship was boarded.
The Interpreter on the Yunnan Road | imperial history | the Margary affair | a British consular interpreter, Yunnan officials and the diplomats in Peking | the border of Yunnan and Burma | 1875 to 1876 | the expedition to open a trade road from Burma; the killing of Augustus Margary; the convention signed at Chefoo | Britain used the killing to win trade concessions it had long wanted | the killing was a crime that Britain had every right to punish | The British interpreter Augustus Margary was killed in Yunnan in February 1875. | The Chefoo Convention of 1876 opened new ports to foreign trade.
Guns in the Straits | imperial history | the bombardment of Shimonoseki | Choshu samurai, Western naval squadrons and the shogun's officials | the Straits of Shimonoseki | 1863 to 1864 | the order to expel foreigners; the Choshu batteries firing on foreign ships; the allied fleet that destroyed the forts | defeat taught Choshu to modernise rather than to expel | the bombardment was a pointless act of gunboat diplomacy | Choshu batteries opened fire on foreign ships in the Straits of Shimonoseki in June 1863. | A fleet of seventeen allied ships destroyed the Choshu forts in September 1864.
A Sword at Otsu | politics | the Otsu incident | the Russian crown prince, a Japanese police officer and the judges of the Supreme Court | the town of Otsu near Lake Biwa | 1891 | the attack on the visiting tsarevich; the government's demand for a death sentence; the judges who refused | the affair established that Japanese courts could resist the government | ministers were right to fear Russia and the judges were reckless | A police officer attacked the visiting Russian crown prince Nicholas with a sword at Otsu in May 1891. | The court sentenced the attacker to life imprisonment rather than death.
A Schooner on the Taedong | imperial history | the General Sherman incident | American traders, Korean officials and the people of Pyongyang | the Taedong River below Pyongyang | 1866 to 1871 | the armed merchant ship that sailed upriver; the burning of the ship by the townspeople; the American expedition five years later | the incident hardened Korea's policy of keeping foreigners out | the incident was a simple clash of traders and local people | Koreans burned the American merchant ship General Sherman on the Taedong River in 1866. | An American naval expedition attacked Korean forts on Ganghwa Island in 1871.
Three Days in Seoul | politics | the Gapsin coup | young Korean reformers, Japanese legation guards and Chinese troops | the royal palace in Seoul | 1884 | the banquet at the new post office; the seizure of the king; the Chinese troops who ended the coup | the coup collapsed once the Japanese support it relied on melted away | the reformers were doomed by their own lack of popular support | Korean reformers attempted to seize power in Seoul in December 1884. | Chinese troops ended the coup after three days.
A Hundred Days of Edicts | politics | the Hundred Days' Reform | the Guangxu Emperor, reforming scholars and the Empress Dowager Cixi | the imperial court in Peking | 1898 | the flood of edicts on schools and the army; the officials who ignored them; the coup that confined the emperor | the reforms failed because they threatened too many officials at once | the reforms were crushed by one powerful woman | The Guangxu Emperor issued reform edicts for about a hundred days in the summer of 1898. | The reformer Tan Sitong was executed after the coup by the Empress Dowager.
Gunboats Off La Guaira | politics | the Venezuelan crisis of 1902 | President Cipriano Castro, British and German naval officers and American diplomats | the coast of Venezuela | 1902 to 1903 | the unpaid debts owed to European investors; the blockade and the shelling of a fort; the arbitration at The Hague | the crisis marked the point at which the United States claimed to police the region | the blockade was an ordinary debt collection | Britain, Germany and Italy blockaded the coast of Venezuela in December 1902. | The Hague court later ruled that the blockading powers should be paid first.
Damages for the Alabama | politics | the Alabama claims | American diplomats, British ministers and the arbitrators at Geneva | the arbitration rooms at Geneva | 1862 to 1872 | the Confederate raider built in a Mersey shipyard; the American demand for damages; the arbitration that awarded fifteen million dollars | the settlement mattered because it made arbitration respectable between great powers | Britain paid only to buy peace with an angry America | The Confederate raider Alabama was built in a British shipyard and sailed in 1862. | An arbitration tribunal at Geneva awarded the United States fifteen and a half million dollars in 1872.
A Dog Across the Border | politics | the incident at Petrich | Greek and Bulgarian soldiers, League of Nations officials and the villagers of Macedonia | the frontier near Petrich | 1925 | the soldier said to have chased his dog over the border; the Greek invasion that followed; the League's order to withdraw | the League succeeded here because neither side had a great power behind it | the crisis proved the League worked | A Greek soldier was shot on the Bulgarian border in October 1925, reportedly after chasing his dog. | Greece withdrew its troops after the League of Nations ordered it to pay compensation.
The Stool of Gold | imperial history | the War of the Golden Stool | Asante chiefs, the queen mother Yaa Asantewaa and the British governor | the fort at Kumasi | 1900 | the governor's demand to sit on the Golden Stool; the siege of the British fort; the exile of Yaa Asantewaa | the war was a defence of a sacred symbol rather than a simple revolt against taxes | the rising was the last gasp of a defeated kingdom | The British governor demanded the Golden Stool of the Asante at Kumasi in March 1900. | Yaa Asantewaa was exiled to the Seychelles after the war.
Colonel Despard's Plot | politics | the Despard plot | an Irish colonel, London labourers and government spies | the taverns of Lambeth | 1802 to 1803 | the colonel's years of imprisonment without trial; the plan to seize the Tower and kill the king; the trial with Nelson as a character witness | the plot was largely the creation of informers feeding on real discontent | Despard led a serious revolutionary conspiracy | Colonel Edward Despard was arrested with a group of soldiers and labourers in a Lambeth tavern in November 1802. | Despard and six others were executed in February 1803.
The Drummer of Tedworth | history | the Tedworth drummer | a magistrate's household, a vagrant drummer and the writer Joseph Glanvill | the house of John Mompesson at Tedworth in Wiltshire | 1661 to 1663 | the seized drum; the noises heard in the house at night; Glanvill's account written to defeat unbelief | the case was shaped into a proof of spirits by writers who needed one | the noises were a plain hoax | A magistrate at Tedworth confiscated the drum of a vagrant drummer in 1661. | Joseph Glanvill printed the story of the haunting as evidence for spirits.
A Witch in Tennessee | social history | the Bell Witch legend | a Tennessee farming family, their neighbours and later storytellers | the Bell farm at Adams in Robertson County | 1817 to 1894 | the knocking and voices reported in the house; the death of John Bell; the book that fixed the story decades later | the legend was built mostly by a book published more than seventy years later | the story preserves an account of events that really happened | The Bell family of Robertson County in Tennessee reported strange noises in their house from 1817. | A local newspaper editor published a book on the Bell Witch in 1894.
A Syrup That Killed | history of medicine | the Elixir Sulfanilamide disaster | a Tennessee drug company, its chemist and federal inspectors | pharmacies across the southern United States | 1937 to 1938 | the solvent chosen to make a sweet liquid; the deaths of patients who took it; the law that required proof of safety | the disaster produced modern drug regulation because the old law could only punish mislabelling | one careless chemist bears the blame | Over a hundred patients died after taking Elixir Sulfanilamide in 1937. | The Federal Food, Drug, and Cosmetic Act was passed in 1938.
Smallpox in Montreal | history of medicine | the Montreal smallpox epidemic | French-speaking families, health officers and the English-speaking elite of the city | the city of Montreal | 1885 | the infection brought by a railway worker; the riot against compulsory vaccination; the thousands of deaths in French-speaking districts | resistance to vaccination grew from distrust between communities rather than from ignorance | the epidemic spread because people refused a simple remedy | A smallpox epidemic struck Montreal in 1885 and killed more than three thousand people. | A crowd attacked the health office during protests against compulsory vaccination.
Bodies in the Hospital | history of medicine | the Doctors' Riot of 1788 | New York medical students, the city's poor and the militia | New York Hospital | 1788 to 1789 | the theft of bodies from cemeteries; the crowd that stormed the hospital; the law that followed on dissection | the riot was a protest against the treatment of the poor and black dead | the riot was a superstitious attack on science | A crowd stormed New York Hospital in April 1788 after reports of grave robbing by medical students. | New York passed a law in 1789 allowing the bodies of executed criminals to be dissected.
Children on the Road to the Sea | history | the Children's Crusade | young pilgrims, their shepherd leaders and the chroniclers who wrote about them | the roads from the Rhineland and France | 1212 | the young shepherd Nicholas of Cologne; the march over the Alps; the chroniclers' stories of slavery | the movement was made up of poor young people rather than small children | the crusade happened just as the chroniclers told it | Bands of young people set out from the Rhineland and northern France in 1212 to free Jerusalem. | Many of the pilgrims from the Rhineland reached Genoa but went no further.
Flames Over Lakehurst | history of technology | the Hindenburg disaster | German airship crew, American ground crew and radio reporters | the naval air station at Lakehurst in New Jersey | 1937 | the hydrogen used because helium was unavailable; the fire at the mooring mast; the end of passenger airships | the disaster ended the airship age because it happened in front of cameras | saboteurs destroyed the airship | The airship Hindenburg caught fire while landing at Lakehurst in May 1937. | Thirty-six people died in the fire.
The Earl Who Rode Into the City | politics | the Essex rising | the Earl of Essex, his followers and the London citizens | Essex House on the Strand | 1601 | the earl's disgrace after Ireland; the march into the City that found no support; the trial and execution | the rising was a desperate gamble by a favourite who had lost his place | Essex was a real threat to the queen's throne | The Earl of Essex led his followers into the City of London in February 1601. | Essex was executed in the Tower later that month.
A Boy Who Claimed a Crown | politics | the Warbeck conspiracy | a Flemish pretender, foreign courts and the councillors of Henry VII | the courts of Burgundy, Scotland and Ireland | 1491 to 1499 | the claim to be the younger prince from the Tower; the support of foreign rulers; the landing in Cornwall | Warbeck mattered because foreign rulers found him useful against Henry VII | Warbeck was a serious threat because many believed him | Perkin Warbeck claimed to be Richard, the younger son of Edward IV, from 1491. | Warbeck was hanged at Tyburn in 1499.
Kent Against a Spanish Marriage | politics | Wyatt's rebellion | Kentish gentry, the queen's councillors and the London trained bands | the road from Rochester to London | 1554 | the queen's planned marriage to Philip of Spain; the rebels who reached Ludgate; the execution of Lady Jane Grey | the rebellion was a protest against a Spanish marriage that frightened many loyal men | the rebellion was a Protestant plot | Sir Thomas Wyatt led a rebel army from Kent towards London in January 1554. | Lady Jane Grey was executed in February 1554 after the rebellion.
Apprentices on the Rampage | social history | Evil May Day | London apprentices, foreign merchants and the king's soldiers | the streets of the City of London | 1517 | the sermon against foreign traders; the night attacks on the houses of foreigners; the pardon granted at Westminster Hall | the riot came from economic resentment that a preacher turned into violence | the riot was a spontaneous outburst of youth | Apprentices in London attacked the houses of foreign merchants on the night before May Day in 1517. | Hundreds of rioters were pardoned by Henry VIII at Westminster Hall.
The Charge Down the Hill | military history | the battle of Killiecrankie | Highland clansmen, government regiments and Viscount Dundee | the pass of Killiecrankie | 1689 | the Highland charge down the hill; the death of Dundee in the moment of victory; the defeat at Dunkeld weeks later | the victory was wasted because the rising depended on one commander | the Jacobites could never have won | A Jacobite army defeated government troops at the pass of Killiecrankie in July 1689. | Viscount Dundee was killed during the battle.
A Walled City Holds Out | military history | the siege of Derry | Protestant townspeople, the Jacobite army and the relief ships | the walled city of Derry | 1688 to 1689 | the apprentice boys who shut the gates; the hunger inside the walls; the ships that broke the boom on the Foyle | the siege became a symbol more important than its military result | the siege decided the war in Ireland | Apprentice boys shut the gates of Derry against Jacobite troops in December 1688. | Relief ships broke through a boom across the River Foyle in July 1689.
Halfpence From Wolverhampton | economic history | the Wood's halfpence affair | the ironmaster William Wood, Irish merchants and Jonathan Swift | Dublin and its merchants' halls | 1722 to 1725 | the patent to mint copper coins for Ireland; Swift's letters signed as a draper; the withdrawal of the patent | the campaign won by uniting Irish opinion against decisions made in London | the coins were sound and the protest was mere prejudice | William Wood received a patent in 1722 to mint copper halfpence for Ireland. | Jonathan Swift attacked the coins in the Drapier's Letters.
Counting Hearths | economic history | the hearth tax | householders, tax collectors and the members of Parliament who granted it | the parishes of England and Wales | 1662 to 1689 | the tax on every fireplace; the collectors who entered homes to count; the repeal after the revolution | the tax was hated because collectors had to enter people's houses | the tax was unpopular simply because it was a tax | Parliament introduced a tax on hearths in 1662. | The hearth tax was abolished in 1689.
Walpole and the Excise | politics | the Excise Crisis | Robert Walpole, merchants of the City and opposition pamphleteers | the Commons and the City's counting houses | 1733 | the plan to collect duties on wine and tobacco at warehouses; the campaign that warned of excisemen in every home; Walpole's withdrawal of the bill | Walpole lost because the opposition made a tax reform look like an attack on liberty | the scheme was withdrawn because it was genuinely oppressive | Robert Walpole introduced a scheme to collect tobacco duties as an excise in 1733. | Walpole withdrew the scheme in April 1733.
A Bill for Jewish Subjects | politics | the Jewish Naturalisation Act | the Pelham ministry, Jewish merchants and the opposition press | Parliament and the London print shops | 1753 | the bill allowing foreign-born Jews to be naturalised; the campaign of prints and sermons against it; the repeal before the election | the repeal showed how quickly a minor measure could be turned into a popular panic | the act was repealed because it was genuinely unpopular in the country | Parliament passed an act in 1753 to let foreign-born Jews be naturalised without taking the sacrament. | The act was repealed before the end of the same year.
Ballots for the Militia | social history | the militia riots of 1757 | farm labourers, parish constables and the county gentry | the villages of Bedfordshire and Yorkshire | 1757 | the new law choosing militiamen by ballot; the crowds who seized the parish lists; the gentry who backed down | the crowds objected to the poor being conscripted while the rich paid substitutes | the riots came from ignorance of what the law required | Crowds in several English counties attacked parish officials over the new Militia Act in 1757. | Men chosen by ballot could avoid service by paying for a substitute.
A Jar Full of Lightning | history of science | the Leyden jar | natural philosophers, instrument makers and fairground showmen | the university town of Leiden | 1745 to 1752 | the shock received by Pieter van Musschenbroek; the public displays of electricity; the experiments that showed lightning was electrical | the jar changed science because it made electricity something that could be stored and shown | the jar was a scientific curiosity with no real influence | Pieter van Musschenbroek reported a violent electric shock from a glass jar in 1746. | Abbe Nollet sent a charge through a line of about two hundred monks holding hands.
A Prison Built to Watch | history of ideas | the Panopticon scheme | Jeremy Bentham, his brother Samuel and Treasury ministers | the site at Millbank beside the Thames | 1786 to 1813 | the design of a circular prison with a central lodge; the years of negotiations with government; the compensation paid when the scheme died | the Panopticon was never built because it depended on Bentham running it for profit | the idea collapsed under its own cruelty | Jeremy Bentham published his plan for a Panopticon prison in 1791. | Parliament paid Bentham compensation after dropping the scheme in 1813.
Artificial Stone | architecture | Coade stone | Eleanor Coade, sculptors and architects of the Regency | the Coade factory in Lambeth | 1769 to 1833 | the ceramic stone that did not weather; the statues and ornaments made from moulds; the recipe lost after the firm closed | Coade stone succeeded because a woman ran the business as a design firm | cheapness alone explains its success | Eleanor Coade took over an artificial stone works in Lambeth in 1769. | The Coade factory produced the lion that now stands at the end of Westminster Bridge.
A Gun With Ten Barrels | history of technology | the Gatling gun | the inventor Richard Gatling, army officers and colonial armies | the Colt factory at Hartford in Connecticut | 1862 to 1911 | the hand-cranked gun with rotating barrels; the army's slow adoption; its use in colonial wars | the gun changed warfare less than its inventor hoped because armies did not know how to use it | the gun was the decisive weapon of colonial conquest | Richard Gatling patented his rapid-fire gun in 1862. | The United States Army adopted the Gatling gun in 1866.
A Railway Under the River | history of technology | the Mersey Railway | tunnel engineers, Liverpool commuters and the railway's shareholders | the tunnel beneath the River Mersey | 1880 to 1903 | the tunnel bored through sandstone; the steam trains that filled it with smoke; the electrification that saved the line | the railway survived only because electric trains made the tunnel bearable | the line was a success from its opening | The Mersey Railway opened its tunnel under the river between Liverpool and Birkenhead in 1886. | The line was converted to electric traction in 1903.
Legging Through the Pennines | history of technology | the Standedge Tunnel | canal engineers, navvies and boatmen who legged their boats through | the Pennine hills between Marsden and Diggle | 1794 to 1811 | the tunnel driven under the Pennines; the surveying errors that misaligned the headings; the boatmen who pushed boats through with their legs | persistence overcame poor surveying in the tunnel | the tunnel squandered money from the outset | The Standedge Tunnel on the Huddersfield Narrow Canal opened in 1811. | Boats were propelled through the tunnel by men lying on their backs and pushing against the walls.
The Turret Room at Perth | politics | the Gowrie conspiracy | James VI, the Earl of Gowrie and his brother Alexander Ruthven | Gowrie House in Perth | 1600 | the king lured to Perth by a story of hidden gold; the scuffle in the turret room; the killing of both Ruthven brothers | the king's own account cannot be trusted because it served him so well | the Ruthvens really did plan to seize the king | James VI claimed that he was attacked at Gowrie House in Perth in August 1600. | The Earl of Gowrie and his brother were both killed in the house.
The Cornish Host at Blackheath | politics | the Cornish rebellion of 1497 | Cornish tinners, a blacksmith and a lawyer, and the army of Henry VII | the road from Bodmin to Blackheath | 1497 | the tax to pay for war with Scotland; the march across southern England; the battle at Deptford Bridge | the rebels believed they were loyal subjects protesting against evil counsellors | the rising was a treasonous attack on the king | Cornish rebels marched to Blackheath outside London in June 1497. | The leaders Michael An Gof and Thomas Flamank were executed at Tyburn.
"""

SCHOLARS = ["Le Page", "Mauger", "Ozanne", "Brehaut", "Tostevin", "Le Cocq", "Falla", "De Garis", "Robilliard",
            "Le Marquand", "Guille", "Mahy", "Renouf", "Bichard", "Le Tissier", "Gallienne", "Domaille", "Ogier",
            "Carre", "Jehan", "Le Lievre", "Queripel", "Sarre", "Torode"]

OPENING = [
    "Mention {x} to a well-read friend and you will probably hear a single anecdote.",
    "{X} usually turns up in surveys as a footnote to bigger events.",
    "Schoolbooks give {x} a paragraph, sometimes less.",
    "For generations {x} has been staged as a morality play with obvious heroes and villains.",
    "Hardly anyone has looked closely at {x}, though plenty of people hold a view on it.",
    "{X} lingers in popular memory mainly as a punchline or a warning.",
    "Historians once filed {x} away as closed; it deserves reopening.",
    "Few episodes have been summed up as briskly as {x}.",
    "{X} is recalled for its ending and seldom for its beginnings.",
    "One vivid image has come to stand for the whole of {x}.",
    "One might think {x} had been talked dry by now.",
    "A postcard easily holds the familiar outline of {x}.",
]
FRAME = [
    "Most of my evidence comes out of {setting}.",
    "The cast is small: {people}.",
    "The years concerned ({period}) were unusually busy ones.",
    "Where I am guessing, I flag it.",
    "Dates carry more weight than usual in this story.",
    "Several points below stay open.",
]
ROADMAP = [
    "I begin with {s1}, turn next to {s2}, and finish with the best counter-argument.",
    "The method is plain: test the usual claim against the surviving papers, item by item.",
    "Broadly, the discussion moves forward in time.",
    "{S1} gets more space here than it normally receives.",
    "Near the close I answer the most serious objection.",
]
QUESTION_LEAD = [
    "Underneath the narrative sits a single puzzle: {question}",
    "Put bluntly, the issue is this: {question}",
    "A plain question gives the essay its shape: {question}",
    "Each section circles back to one puzzle: {question}",
]
QUESTIONS = ["who came out of {x} better off?", "what real choices lay open to {people}?",
             "why does the brief version of {x} persist?", "how different would {setting} look had {x} never happened?"]
CLAIM_THESIS = [
    "I will be arguing that {thesis}.",
    "In the pages below I try to show that {thesis}.",
    "On balance the evidence suggests that {thesis}.",
    "Put simply, I think that {thesis}.",
    "Working through {s1}, {s2} and {s3} in turn, I reach the view that {thesis}.",
    "A better explanation, I suggest, is that {thesis}.",
    "Here I maintain that {thesis}.",
    "Below I make the case that {thesis}.",
]
CONTEXT = [
    "First, some scene-setting.",
    "Nerves were raw everywhere.",
    "{People} had little room for error.",
    "None of the actors could picture the later retellings.",
    "Long-standing arrangements were coming apart at different speeds.",
    "The earliest reports came from men anxious about their reputations.",
    "{Scholar} digs the roots out of a generation before.",
    "Most surviving papers were written in {setting}.",
    "The where and the when are clear enough; the why is not.",
    "The rules then in force had piled up without any plan.",
    "Official timetables could not keep pace with events.",
    "People at the time were too close to see its shape.",
]
NAMING = [
    "Terminology wants a moment.",
    "Many familiar names for {x} were coined afterwards.",
    "{People} chose self-descriptions that grate today.",
    "Modern terms appear here purely for convenience.",
    "Even calling it {x} involves a judgement.",
    "No label is neutral here.",
]
RECORD = [
    "Three kinds of evidence survive.",
    "Papers from {setting} log decisions and almost never motives.",
    "Letters by {people} are vivid, yet each was aimed at a particular reader.",
    "Newspapers covered {x} quickly and often carelessly.",
    "Memoirs composed decades later add colour but little proof.",
    "Objects and pictures let us test what the documents claim.",
]
CAST = [
    "First, the people.",
    "{People} wanted different things.",
    "A few wrote their own accounts; most never did.",
    "{Scholar} argues that minor figures deserve as much attention as famous ones.",
    "Distant decisions hemmed every one of them in.",
]
STRAND_IN = [
    "Take {s}.",
    "The documents are densest around {s}.",
    "Seldom discussed, but crucial, is {s}.",
    "Any honest account must cover {s}.",
    "{S} has been strangely neglected.",
    "Then there is {s}.",
    "A great deal hinges on {s}.",
    "Evidence survives best for {s}.",
    "Pause, then, on {s}.",
    "Alongside this ran {s}.",
]
POINT = [
    "In hindsight {s} looks far neater than it can have seemed at the time.",
    "Of the people drawn into {s}, few could or did write.",
    "Arranged by date, the papers from {setting} make {s} clearer than the usual story allows.",
    "Money mattered more than principle in {s}.",
    "Official files spare {s} a sentence at most.",
    "The worst sufferers from {s} have left the faintest archival trail.",
    "Command of {s} opened doors elsewhere.",
    "{Scholar} makes {s} the pivot, and I side with that choice.",
    "Some retellings inflate {s} far beyond the evidence.",
    "{People} quarrelled fiercely about {s}.",
    "No paper touching {s} came from a disinterested hand.",
    "Taken slowly, {s} stops looking mysterious.",
    "Beneath {s} ran dull routine labour, largely ignored by historians.",
    "{People} met {s} chiefly as a nuisance to be managed.",
    "Nobody planned {s}; it accumulated.",
    "The timing of {s} shaped its meaning.",
]
NUMBERS = [
    "{Scholar} ({year}) codes {num} cases and spots {s} in about {pct} per cent.",
    "Of {num} letters {Scholar} catalogued, a share near {pct} per cent speak of {s}.",
    "{Scholar} ({year}) credits {s} with roughly {pct} per cent of the final outcome.",
    "Of {num} files examined by {Scholar} in {year}, almost none ignore {s}.",
    "Surveying {num} kindred episodes, {Scholar} ({year}) detects {s} in practically every one.",
    "{Scholar} admits the numbers are uneven, yet on {s} they agree.",
    "{Scholar} ({year}) rates {s} at near {pct} per cent of later change.",
    "{Scholar} argues that earlier work on {s} relied on unsuitable records.",
]
CASES = [
    "{Scholar} tells the story through one family's experience.",
    "In {setting}, {people} dealt with {s} largely alone.",
    "Echoes turn up well beyond {setting}.",
    "These examples are typical; exceptions are few.",
    "Across {period} the shape repeats.",
    "When {people} told the story themselves, they stressed exactly this.",
    "Further examples could easily be given.",
]
LINK_BACK = [
    "In miniature, my case is this: {thesis}.",
    "One example proves nothing, but this one sits uneasily with the usual version.",
    "Put differently, explanations that sideline {s} miss the core.",
    "Chalk this up as further support for the view that {thesis}.",
    "The difference seems slight on paper; it did not feel slight then.",
    "The objection, later, must reckon with this.",
    "Ignore {s} and any conclusion wobbles.",
]
PIVOT = ["Then came {s}, and everything shifted.", "After that, {s}.", "{S} moved things onto different ground.",
         "What came next depended on {s}."]
CITE_LEAD = [
    "{Scholar} captures {setting} in a few words:",
    "Long afterwards a survivor of {setting} wrote:",
    "At a {year} symposium on {x}, one historian remarked:",
    "{Scholar} is direct about {s}:",
    "{Scholar} is at their sharpest on {s}:",
]
CITED = [
    "Looked at carefully, the usual account of {x} falls apart.",
    "Nobody then saw {s} as history; people saw chores.",
    "Memory turns {x} into one moment, while the papers show a slow process.",
    "The ledgers behind {s} dissolve most of its mystery.",
    "{X} happened once and has been retold endlessly, and the retellings have won.",
    "The records of {s} are dull, which is precisely why they are useful.",
]
CITE_AFTER = [
    "Too polished, perhaps, yet accurate.",
    "Only one witness, but one well placed to know.",
    "Nothing was won by the admission, so it earns belief.",
    "Hindsight may shape the memory, but the substance holds.",
]
CITE_AFTER2 = [
    "{People} describe much the same thing elsewhere.",
    "So {s} was no secret at the time.",
    "Whether it applied outside {setting} nobody yet knows.",
    "Above all it clarifies {s}.",
    "Textbook pictures of {x} cannot absorb it.",
]
LIST_INTRO = [
    "Where {x} went better, a few conditions held:",
    "When {people} got things right, the same factors appear:",
    "For {setting} to fare better, it needed:",
    "The rare successes in {setting} shared some features:",
]
LIST_POINT = [
    "leaders who grasped {s} early",
    "real discussion with {people} about {s}",
    "speed once {s} started slipping",
    "independent checks on {s}",
    "a modest rehearsal of {s}",
    "a truthful estimate of what {s} would cost",
]
LIST_EXTRA = ["money for {x} that survived each year's budget", "an official with power to halt {x}",
              "records of {x} that outlived their writers' careers", "a diary date to revisit {x}"]
COMPARE = [
    "Set alongside comparable cases, {x} seems less exceptional.",
    "Places facing similar strains ended up in very different positions.",
    "Consulting {people} early usually cooled disputes.",
    "Comparison helps little here, because {s2} had no close parallel.",
    "The result in {setting} stayed open until late.",
    "Patience with opponents usually worked better than haste.",
]
COUNTERFACT = [
    "Picture {s2} going otherwise.",
    "Such speculation proves nothing, but it shows which parts carried the weight.",
    "Take away {s1} and it is hard to say what {setting} would have seen.",
    "{People} would have faced a different set of options.",
    "Pursued to the end, the exercise makes the result look far from fixed.",
]
LEGACY = [
    "The events stopped; their consequences did not.",
    "Memories of {x} steered choices in {setting} for decades.",
    "{People} handed their children a version of their own.",
    "Later investigations kept coming back to {s3}.",
    "Anniversaries of {x} breed fresh retellings, each a little shifted.",
    "Some lessons taken from {x} were mistaken.",
]
DOUBT = [
    "Against this, it may be objected that {rival}.",
    "The strongest alternative view holds that {rival}.",
    "A familiar reply is that {rival}.",
    "A fair-minded critic might answer that {rival}.",
    "Some documents appear to support the claim that {rival}.",
]
DOUBT_MORE = [
    "{People} would perhaps have nodded.",
    "Serious names back it, so it merits a full reply.",
    "{Scholar2} ({year2}) makes the case at length.",
    "It bites, since each decision over {x} wounded somebody.",
]
ANSWER = [
    "Even so, the papers from {setting} suggest otherwise.",
    "It cannot explain {s2}.",
    "It also smuggles its conclusion into its premises.",
    "It holds only if {x} was much simpler than the records show.",
    "Were it right, every place would have gone the same way.",
    "There was a cost, no doubt; proving that it decided everything is another matter.",
]
CLOSE_FIRST = [
    "In sum, {thesis}.",
    "All told, the record tips toward one reading: {thesis}.",
    "The argument is not finished.",
    "So what has been established?",
    "Every line of enquiry here leads to one place: {thesis}.",
    "Strip away the detail and one conclusion is left.",
    "Every writer is tempted to reduce {x} to a slogan, and every reader is misled by it.",
]
CLOSE_MID = [
    "Separately, {s1}, {s2} and {s3} explain little; together they explain much.",
    "The view that {rival} merits attention, but the evidence is against it.",
    "Humble particulars, not sweeping theories, carried this argument.",
    "The questions outlived the events themselves.",
    "Unopened boxes of papers will surely change details.",
    "Without the legend, what is left is modest, and it matches the accounts.",
]
CLOSE_LAST = [
    "{People} bore the costs well after the reporters left.",
    "The next step is to compare {setting} with its closest parallels elsewhere.",
    "Those behind {x} had other choices available.",
    "{X} teaches a lesson about institutions and habits, not villains.",
    "Retell {x} by all means, but retell it with care.",
    "{X} deserves a better reputation, and rewards careful reading.",
]
HD_BACK = ["Setting the scene", "Where things stood", "Background", "The situation beforehand", "Context first",
           "Before it began"]
HD_NAMING = ["Words first", "Names and labels", "Vocabulary"]
HD_RECORD = ["The surviving record", "Sources", "What the archives hold"]
HD_CAST = ["The people involved", "Who took part", "The cast"]
HD_STRAND = ["{S}", "On {s}", "{S} considered", "The question of {s}", "{S} again", "Why {s} matters"]
HD_COMPARE = ["Comparisons", "Elsewhere", "Similar cases"]
HD_COUNTER = ["If things had gone otherwise", "Another path", "Counterfactuals"]
HD_LEGACY = ["After the event", "Consequences", "What followed"]
HD_DOUBT = ["Objections", "The opposing case", "An alternative view", "Answering the critics", "The case against",
            "A reply"]
HD_CLOSE = ["Conclusions", "Summing up", "Closing remarks", "Last words", "In the end"]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def parse_cards() -> list[dict]:
    cards = []
    for n, line in enumerate(ESSAY_CARDS.strip().splitlines(), 1):
        f = [s.strip() for s in line.split("|")]
        assert len(f) == 11, line
        title, subject, x, people, setting, period, strands, thesis, rival, fact1, fact2 = f
        for fact in (fact1, fact2):
            assert fact.endswith(".") and fact.count(".") == 1, fact
        assert re.search(r"\d{4}", period), period
        cards.append(dict(id=f"c{n:03d}", title=title, subject=subject, x=x, people=people, setting=setting,
                          period=period, strands=[s.strip() for s in strands.split(";")], thesis=thesis, rival=rival,
                          facts=[fact1, fact2]))
    return cards


def make_essay(card: dict, rng: random.Random) -> dict:
    """Turns a card into an essay. The opener names its subject straight off and finishes with the thesis; a frame,
    plan or question may sit in between. Next comes scene-setting built round fact one, with fact two either here
    or in strand two's paragraph. Optional: a paragraph on terms, on sources or on who took part. Strands are
    handled in sequence, one or two paragraphs apiece, perhaps with a lone-sentence turn in front and perhaps a
    quotation or a bulleted run behind. Optional again: comparison, what-if, aftermath. Closing moves: objection, reply, and a
    conclusion whose very last sentence mentions subject, cast or place. Headings appear in about every second
    essay; an essay never reuses its own patterns."""
    unused: dict[int, list[str]] = {}

    def take(pool: list[str]) -> str:
        rest = unused.setdefault(id(pool), rng.sample(pool, len(pool)))
        return rest.pop() if rest else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    pair = rng.sample(SCHOLARS, 2)
    slots = dict(x=card["x"], X=cap(card["x"]), people=card["people"], People=cap(card["people"]),
                 setting=card["setting"], Setting=cap(card["setting"]), period=card["period"], s1=s1, s2=s2, s3=s3,
                 S1=cap(s1), thesis=card["thesis"], rival=card["rival"], Scholar=pair[0], Scholar2=pair[1])
    # a study's year falls between the events' end and 2001
    ended = int(re.findall(r"\d{4}", card["period"])[-1])

    def fill(pattern: str, s: str | None = None) -> str:
        extra = dict(s=s or s1, S=cap(s or s1), year=rng.randint(max(1957, ended + 3), 2001),
                     year2=rng.randint(max(1964, ended + 3), 2001),
                     pct=rng.choice([8, 12, 17, 23, 27, 33, 38, 44, 49, 56, 63, 71]),
                     num=rng.choice([14, 18, 27, 33, 46, 57, 74, 91, 133, 176]))
        return pattern.format(**slots, **extra)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    slots["question"] = cap(fill(rng.choice(QUESTIONS)))
    headed = rng.random() < 0.5
    blocks: list[tuple] = []
    thesis = fill(take(CLAIM_THESIS))
    opener = fill(take(OPENING))
    first = [opener]
    parts: list[str] = []
    for share, pool, name in ((0.3, FRAME, "frame"), (0.3, ROADMAP, "plan"), (0.25, QUESTION_LEAD, "question")):
        if rng.random() < share:
            first.append(fill(take(pool)))
            parts.append(name)
    first.append(thesis)
    blocks.append(para(*first))
    if headed:
        blocks.append(("heading", fill(take(HD_BACK))))
    back = [fill(take(CONTEXT)), card["facts"][0]] + [fill(take(CONTEXT)) for _ in range(rng.randint(2, 3))]
    later = [card["facts"][1]]
    if rng.random() < 0.5:
        back.insert(rng.randint(2, len(back)), later.pop())
    blocks.append(para(*back))
    aside = rng.random()
    for low, high, pool, heads, name in ((0.0, 0.13, NAMING, HD_NAMING, "terms"), (0.13, 0.29, RECORD, HD_RECORD, "sources"),
                                         (0.29, 0.42, CAST, HD_CAST, "people")):
        if low <= aside < high:
            parts.append(name)
            if headed:
                blocks.append(("heading", fill(take(heads))))
            blocks.append(para(*[fill(q) for q in [pool[0]] + rng.sample(pool[1:], rng.randint(2, 3))]))
    strands = [s1, s2, s3] if rng.random() < 0.7 else [s1, s2]
    quote_at = rng.randrange(len(strands)) if rng.random() < 0.4 else None
    list_at = rng.randrange(len(strands)) if rng.random() < 0.3 else None
    pivot_at = rng.randrange(1, len(strands)) if rng.random() < 0.3 else None
    figures: list[str] = []
    for i, s in enumerate(strands):
        if pivot_at == i:
            blocks.append(para(fill(take(PIVOT), s)))
            parts.append("turn")
        if headed:
            blocks.append(("heading", fill(take(HD_STRAND), s)))
        counted = fill(take(NUMBERS), s)
        figures.append(counted)
        body = [fill(take(STRAND_IN), s), fill(take(POINT), s), counted]
        if rng.random() < 0.5:
            body.insert(2, fill(take(POINT), s))
        if rng.random() < 0.45:
            body.insert(rng.randint(2, len(body)), fill(take(CASES), s))
        if later and i == 1:
            body.insert(1, later.pop())
        if rng.random() < 0.3 and len(body) > 3:
            blocks.append(para(*body[:2]))
            blocks.append(para(*body[2:], fill(take(LINK_BACK), s)))
        else:
            blocks.append(para(*body, fill(take(LINK_BACK), s)))
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
    if extra < 0.45:
        parts.append("comparison" if extra < 0.18 else "what-if" if extra < 0.32 else "aftermath")
    if extra < 0.18:
        if headed:
            blocks.append(("heading", fill(take(HD_COMPARE))))
        blocks.append(para(*[fill(take(COMPARE)) for _ in range(rng.randint(3, 4))]))
    elif extra < 0.32:
        if headed:
            blocks.append(("heading", fill(take(HD_COUNTER))))
        blocks.append(para(*[fill(q) for q in [COUNTERFACT[0]] + rng.sample(COUNTERFACT[1:], rng.randint(2, 3))]))
    elif extra < 0.45:
        if headed:
            blocks.append(("heading", fill(take(HD_LEGACY))))
        blocks.append(para(*[fill(q) for q in [LEGACY[0]] + rng.sample(LEGACY[1:], rng.randint(2, 3))]))
    if headed:
        blocks.append(("heading", fill(take(HD_DOUBT))))
    objection = fill(take(DOUBT))
    doubt = [objection, fill(take(DOUBT_MORE)), fill(take(ANSWER), s2), fill(take(ANSWER), s2)]
    if rng.random() < 0.45:
        doubt.insert(2, fill(take(DOUBT_MORE)))
    blocks.append(para(*doubt))
    if headed:
        blocks.append(("heading", fill(take(HD_CLOSE))))
    last = fill(take(CLOSE_LAST))
    end = [fill(take(CLOSE_FIRST))] + [fill(take(CLOSE_MID)) for _ in range(rng.randint(2, 3))]
    if rng.random() < 0.35:
        blocks.append(para(*end[:2]))
        blocks.append(para(*end[2:], last))
    else:
        blocks.append(para(*end, last))
    words = sum(len(block_text(b).split()) for b in blocks)
    return dict(id=card["id"], title=card["title"], blocks=blocks, words=words, tags=[card["subject"]],
                domain=card["id"], url="-", earlier="", card=card, thesis=thesis, opener=opener,
                objection=objection, last=last, figures=figures, headed=headed, parts=parts)


# ------------------------------------------------------------------------------------------ pieces all sites use

ESSAYS_BY_TITLE: dict[str, dict] = {}  # filled by main(); the quoting widgets look other essays up here
SEED = 2023  # replaced in main(); every rare element's page draw is seeded from it


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def paragraphs_of(title: str) -> list[str]:
    return [block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]


def unique_to(text: str, title: str) -> bool:
    """True when no essay but `title` holds `text`."""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def closing_of(title: str) -> str:
    """Final sentence of the essay (it names the subject, people or setting)."""
    sen = ESSAYS_BY_TITLE[title]["last"]
    assert paragraphs_of(title)[-1].endswith(sen) and unique_to(sen, title), title
    return sen


def objection_of(title: str) -> str:
    """Opening sentence of the paragraph that raises the rival view."""
    sen = ESSAYS_BY_TITLE[title]["objection"]
    assert any(q.startswith(sen) for q in paragraphs_of(title)) and unique_to(sen, title), title
    return sen


def first_fact(title: str) -> str:
    fact = ESSAYS_BY_TITLE[title]["card"]["facts"][0]
    assert unique_to(fact, title), title
    return fact


def figures_two(title: str) -> str:
    """The invented-figures sentence of the second strand (its wording names that strand)."""
    sen = ESSAYS_BY_TITLE[title]["figures"][1]
    assert any(sen in q for q in paragraphs_of(title)) and unique_to(sen, title), title
    return sen


SITE_LEVELS = {
    "brecqhou": ["Class XI project", "Class XII project", "ISC History paper", "holiday homework"],
    "lihou": ["GCSE History", "Year 10 homework", "AS History", "Year 9 project"],
    "alderney": ["Early Modern Britain", "Empire and Encounter", "Medieval Europe", "Science and Society"],
    "jethou": ["History", "Events", "Transport", "Military History"],
}
SITE_GRADES = {
    "brecqhou": ["9/10", "8.5/10", "A1", "A2", "full marks", "18/20"],
    "lihou": ["A*", "A", "B", "A (yay!!)", "B+", "A-"],
    "alderney": ["Article", "Essay", "Prize essay", "Article", "Essay", "Review essay"],
    "jethou": ["Edited Entry", "Edited Entry", "Recommended Entry", "Edited Entry", "Front Page Entry", "Edited Entry"],
}


class Page(g2.Page):
    """Page from set two, extended with level, grade, subject and an ordered list of sibling titles."""

    def __init__(self, essay, rng, index, site_titles, site: str):
        super().__init__(essay, rng, index, site_titles)
        self.topic = essay["tags"][0]
        self.category = cap(self.topic)
        self.card = essay["card"]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})
        self.level = rng.choice(SITE_LEVELS[site])
        self.grade = rng.choice(SITE_GRADES[site])


def _chosen(site: str, role: str, count: int) -> list[int]:
    return sorted(random.Random(f"set23:{SEED}:{site}:{role}").sample(range(1, PAGES_PER_SITE + 1), count))


def carries(site: str, role: str, count: int, page: Page) -> bool:
    """Did the seeded draw of `count` pages for `role` pick this page?"""
    return page.index in _chosen(site, role, count)


def rank_of(site: str, role: str, count: int, page: Page) -> int | None:
    """Position (from 0) among the picks for `role`; None if the page was passed over."""
    chosen = _chosen(site, role, count)
    return chosen.index(page.index) if page.index in chosen else None


def placed_before(site: str, role: str, page: Page, first: int = 9) -> bool:
    """Says yes for `first` shuffled pages: there the moving piece comes ahead of the essay."""
    order = list(range(1, PAGES_PER_SITE + 1))
    random.Random(f"set23:{SEED}:{site}:{role}:lead").shuffle(order)
    return page.index in order[:first]


def pick_note(notes: list[str], p: Page, **more) -> str:
    return p.rng.choice(notes).format(**{"topic": p.topic, "title": p.title, "level": p.level, **more})


def digest(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def number(*parts, mod: int, base: int = 0) -> int:
    return int(digest(*parts, n=8), 16) % mod + base


def slot_in(pieces: list, pos: int, piece) -> None:
    """Inserts `piece` near `pos` (1 at least). It first retreats whenever a heading or a
    colon-final lead-in precedes it, so those stay glued to what they introduce."""
    while pos > 0 and pieces[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    pieces.insert(max(pos, 1), piece)


def shown_pieces(p: Page, heading, para, quote_, listing) -> list[tuple[str, str]]:
    """Visible blocks as (kind, html); colon-final paragraphs get kind "lead"."""
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


def split_points(pieces: list, parts: int, rng: random.Random) -> list[int]:
    """Where to break `pieces` into `parts` instalments: no instalment is empty, and a break backs off from a
    heading or lead-in so that neither closes an instalment."""
    n = len(pieces)
    cuts: list[int] = []
    for k in range(1, parts):
        want = round(n * k / parts) + rng.randint(-1, 1)
        want = max((cuts[-1] + 1) if cuts else 1, min(want, n - (parts - k)))
        while want > 1 and pieces[want - 1][0] in ("heading", "lead"):
            want -= 1
        if cuts and want <= cuts[-1]:
            want = cuts[-1] + 1
        cuts.append(want)
    return cuts


NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


# ---- 1. brecqhou: an Orkut community, the essay posted in instalments ------------------------------------------

BR_COMMUNITY = "History Essays & Answers (ISC/CBSE)"
BR_OWNER = "Anirudh"
BR_POSTERS = ["Meher Kapadia", "Ritwik Sen", "Tanvi Oberoi", "Kabir Malhotra", "Shreya Iyer", "Aditya Rao",
              "Ishita Bhalla", "Pranav Menon"]
BR_MEMBERS = ["Zoya", "Harsh :)", "Nikita M", "Rohan", "Devika", "Sameer ~", "Ananya", "Kunal"]
BR_NOTE_LABELS = ["ma'am's comment:", "imp:", "extra point:", "memory trick:"]
BR_NOTES = [
    "underline every date in the exam, examiners love it",
    "this para got a tick and 'good' in the margin",
    "learn the name of the historian, it is worth a mark",
    "in the board paper you can shorten this part by half",
    "tie this para to the question in its final line",
    "I added this after the class test, it was missing before",
    "this bit is from the reference book in our school library",
]
BR_BANNERS = [
    "orkut will be down for maintenance for a short while on Sunday morning.",
    "New: you can now add videos to community forum posts.",
    "Be careful with links from people you do not know. Never share your password.",
]
BR_CREDIT = "(written by my elder sister for her boards, she said it is ok to post here)"
BR_REPLIES_MID = [
    "nice yaar, post the rest fast!! exam on monday",
    "waiting for part 2... saving this",
    "thanks a lot, our teacher gave the same topic",
]
BR_REPLIES_END = [
    ("very helpful, thank you so much", "Zoya"),
    ("can someone post the ISC 2007 paper answers also", "Harsh :)"),
    ("awesome essay. copied the intro into my notes (in my own words ;)", "Nikita M"),
    ("pls check your scrapbook, I sent a doubt", "Rohan"),
    ("is this enough for a 10 mark question or too long?", "Devika"),
]
BR_ANNOUNCE = ("Please do not paste essays from here straight into your exam notebook. Use them for ideas, write in "
               "your own words. Topics without a proper title will be deleted by mods.")
BR_RELATED_COMMUNITIES = ["Indian History Lovers", "CBSE Class XII 2008", "World History Buffs", "I Hate Board Exams"]


def br_uid(name: str) -> int:
    return number("brecqhou", "uid", name, mod=9 * 10**17, base=10**17)


def br_stamp(t: datetime) -> str:
    return f"{t.day}/{t.month}/{t.year}, {t.strftime('%I:%M %p').lstrip('0').lower()}"


def br_post(author: str, when: datetime, body: str, k: int, own: bool) -> str:
    uid = br_uid(author)
    actions = '<a href="#">reply</a> &middot; <a href="#">report abuse</a>' + (' &middot; <a href="#">delete</a>' if own else "")
    return (f'<div class="listitem post" id="msg{k}">\n<div class="postAuthor"><a href="/Main#Profile?uid={uid}">'
            f'<img src="http://img{number("br", "img", author, mod=9, base=1)}.orkut.com/images/small/{digest("br", author, n=10)}.jpg" width="50" alt="" /></a><br />'
            f'<a class="name" href="/Main#Profile?uid={uid}">{esc(author)}</a></div>\n'
            f'<div class="postContent"><div class="postMeta">{esc(br_stamp(when))}</div>\n'
            f'<div class="postBody">{body}</div>\n<div class="postActions">{actions}</div></div>\n</div>')


def br_list(ordered: bool, items: list[str]) -> str:
    return "<br />".join((f"{n}. " if ordered else "- ") + esc(i) for n, i in enumerate(items, 1))


def brecqhou(p: Page) -> str:
    rng = p.rng
    site = "brecqhou"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    card = p.card
    poster = BR_POSTERS[number(site, "poster", p.title, mod=len(BR_POSTERS))]
    # forum text: runs separated by <br /><br />, a bold line for a heading, hyphen lines for lists
    pieces = shown_pieces(p, lambda v: f"<b>{esc(v)}</b>", lambda v, k: esc(v), lambda v: f"<i>{esc(v)}</i>", br_list)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label = rng.choice(BR_NOTE_LABELS)
        text = pick_note(BR_NOTES, p)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f"<b>{esc(label)}</b> {esc(text)}"))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"found this documentary on {card['x']}, watch from 2:10"
            vid = digest(site, "yt", p.title, n=11)
            piece = (f'<object width="340" height="285"><param name="movie" value="http://www.youtube-nocookie.com/v/{vid}"></param>'
                     f'<embed src="http://www.youtube-nocookie.com/v/{vid}" width="340" height="285"></embed></object>'
                     f"<br />{esc(caption)}")
        else:
            caption = "my timeline chart for this essay (click to see it big)"
            piece = (f'<a href="http://lh{number(site, "lh", p.title, mod=6, base=3)}.ggpht.com/{digest(site, "chart", p.title, n=14)}/timeline.jpg">'
                     f'<img src="http://lh{number(site, "lh", p.title, mod=6, base=3)}.ggpht.com/{digest(site, "chart", p.title, n=14)}/s200/timeline.jpg" alt="" /></a>'
                     f"<br />{esc(caption)}")
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        wall = (f"remaining part of essay ({fmt_int(p.rest_words())} words) is only for members of this community, "
                "join and scrap me, I will send it")
        pieces.append(("wall", f'<b>{esc(wall)}</b> <a href="/Main#CommunityJoin?cmm={number(site, "cmm", mod=10**8)}">join community</a>'))
        p.clutter += [wall, "join community"]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<b>Works Cited</b>"))
        pieces.append(("refs", "<br />".join(mk for _, mk in p.refs)))
    # the poster's own first line states the counts
    counts = (f"posting my {p.level} essay ({fmt_int(p.words)} words, it came to {p.pages} "
              f"{'side' if p.pages == 1 else 'sides'} of my notebook when I wrote it by hand)")
    p.clutter.append(counts)
    lead = [esc(counts)]
    if carries(site, "credit", 6, p):
        lead.append(f"<i>{esc(BR_CREDIT)}</i>")
        p.clutter.append(BR_CREDIT)
    # instalments: two or three posts in a row
    parts = 2 if len(pieces) < 11 else rng.choice([2, 3, 3])
    cuts = split_points(pieces, parts, rng)
    bounds = [0, *cuts, len(pieces)]
    runs = [pieces[a:b] for a, b in zip(bounds, bounds[1:])]
    posted = datetime(2006, 6, 1, 15, 0) + timedelta(days=rng.randint(0, 900), minutes=rng.randint(0, 500))
    when = posted
    posts: list[str] = []
    wedge = carries(site, "wedge", 6, p)
    k = 1
    for j, run in enumerate(runs):
        bits = [h for _, h in run]
        if j == 0:
            bits = lead + bits
        else:
            head = f"(contd from previous post, part {j + 1})"
            bits = [esc(head)] + bits
            p.clutter.append(head)
        if j < len(runs) - 1:
            tail = f"(contd in next post...)"
            bits.append(esc(tail))
            p.clutter.append(tail)
        posts.append(br_post(poster, when, "<br /><br />".join(bits), k, True))
        p.clutter.append(br_stamp(when))
        k += 1
        when += timedelta(minutes=rng.randint(1, 4))
        if j == 0 and wedge:
            who = BR_MEMBERS[number(site, "wedge", p.title, mod=len(BR_MEMBERS))]
            said = BR_REPLIES_MID[number(site, "said", p.title, mod=len(BR_REPLIES_MID))]
            posts.append(br_post(who, when, esc(said), k, False))
            p.clutter += [said, br_stamp(when), who]
            k += 1
            when += timedelta(minutes=rng.randint(1, 3))
    for said, who in rng.sample(BR_REPLIES_END, rng.randint(0, 3)):
        when += timedelta(hours=rng.randint(2, 60))
        posts.append(br_post(who, when, esc(said), k, False))
        p.clutter += [said, br_stamp(when), who]
        k += 1
    total = k - 1
    p.clutter += [poster, f"showing 1-{total} of {total}", f"{BR_COMMUNITY}"]
    # the community announcement: above the messages on nine pages, under them on nine
    announce = (f'<div class="announce"><h3>community announcement</h3><p>{esc(BR_ANNOUNCE)}</p>'
                f'<p class="by">by {BR_OWNER} (owner)</p></div>')
    p.clutter += ["community announcement", BR_ANNOUNCE, f"by {BR_OWNER} (owner)"]
    ahead = placed_before(site, "announce", p)
    # right column: three other topics, each with its closing sentence
    order = {t: k for k, t in enumerate(p.site_titles, 1)}
    related = ""
    for t in rng.sample(p.others, 3):
        sen = closing_of(t)
        related += (f'<li><a href="/Main#CommMsgs?cmm=41920387&amp;tid={5200000000000000000 + order[t] * 7927}">{esc(t)}</a><br />'
                    f'<span class="lastline">how it ends: \u201c{esc(sen)}\u201d</span></li>')
        p.clutter += [t, f"how it ends: \u201c{sen}\u201d", sen]
    members = rng.randint(14000, 16000)
    p.clutter += [f"({fmt_int(members)} members)", "related topics", "related communities", "Schools & Education",
                  "About orkut", "Safety Center", "Privacy", "Terms",
                  "report abuse", "language: English", f"owner: {BR_OWNER}", "type: Schools & Education"]
    p.clutter += BR_RELATED_COMMUNITIES
    banner = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div id="systemMessage" class="alertbox">{esc(BR_BANNERS[turn])}</div>\n'
        p.clutter.append(BR_BANNERS[turn])
    me = f"{digest(site, 'me', p.index, n=6)}@gmail.com"
    p.clutter.append(me)
    foot = "\u00a9 2008 Google - orkut.com - About orkut - Safety Center - Privacy - Terms - Help"
    p.clutter.append(foot)
    comms = "".join(f'<li><a href="/Main#Community?cmm={number(site, c, mod=10**8)}">{esc(c)}</a></li>' for c in BR_RELATED_COMMUNITIES)
    pager = f'<div class="pager">first | &lt; previous | next &gt; | last &nbsp; <span>showing 1-{total} of {total}</span></div>'
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>orkut - {esc(p.title)}</title>
<link rel="stylesheet" type="text/css" href="http://static2.orkut.com/css/gen/base{digest(site, 'css', n=6)}.css" />
<script type="text/javascript" src="http://static2.orkut.com/js/gen/common{digest(site, 'js', n=6)}.js"></script>
</head>
<body>
<div id="header"><a href="/Main#Home"><img src="http://static2.orkut.com/img/logo_orkut.png" alt="orkut" width="110" height="36" /></a>
<ul id="headerMenu"><li><a href="/Main#Home">Home</a></li><li><a href="/Main#Scrapbook">Scrapbook</a></li><li><a href="/Main#FriendsList">Friends</a></li><li><a href="/Main#Communities">Communities</a></li></ul>
<div id="headerRight">{me} | <a href="/Main#Settings">Settings</a> | <a href="/GLogin?cmd=logout">Logout</a></div>
<form id="search" action="/Main#UniversalSearch"><input type="text" name="q" value="search orkut" /></form></div>
{banner}<div id="container">
<div id="lbox">
<div class="commPhoto"><img src="http://img3.orkut.com/images/medium/{digest(site, 'comm', n=12)}.jpg" width="120" alt="" /></div>
<div class="commName"><b>{esc(BR_COMMUNITY)}</b><br />({fmt_int(members)} members)</div>
<ul class="commNav"><li><a href="#">forum</a></li><li><a href="#">polls</a></li><li><a href="#">events</a></li><li><a href="#">members</a></li></ul>
<div class="commInfo">type: Schools &amp; Education<br />language: English<br />owner: {BR_OWNER}</div>
</div>
<div id="mbox">
<div class="breadcrumb"><a href="/Main#Home">Home</a> &gt; <a href="/Main#Communities">Communities</a> &gt; <a href="#">Schools &amp; Education</a> &gt; <a href="#">{esc(BR_COMMUNITY)}</a> &gt; <a href="#">Forum</a> &gt; Messages</div>
{(announce + chr(10)) if ahead else ""}<div class="topicHead"><span class="topicLabel">topic:</span> <b>{esc(p.title)}</b></div>
{pager}
{chr(10).join(posts)}
{pager}
<form class="replyBox" action="#"><textarea name="messageBody" rows="4" cols="60"></textarea><br /><input type="submit" value="post reply" /></form>
{"" if ahead else announce}
</div>
<div id="rbox">
<div class="box"><h3>related topics</h3><ul>{related}</ul></div>
<div class="box"><h3>related communities</h3><ul>{comms}</ul></div>
</div>
</div>
<div id="footer">{esc(foot)}</div>
</body>
</html>
"""


# ---- 2. lihou: a pupil's Piczo site, every box placed by hand --------------------------------------------------

LI_OWNER = "Kerys"
LI_SITE = "\u2665 kerys's revision zone \u2665"
LI_TAGLINE = "essays i did 4 skool. use them 4 ideas NOT 2 copy!!"
LI_NAV = ["home", "about me", "my essays", "pics", "quizzes", "guestbook", "links"]
LI_NOTE_LABELS = ["sir wrote:", "top tip!!", "fun fact:", "my bit:"]
LI_NOTES = [
    "always put the date in the first line of a paragraph",
    "this is the bit that got me the good mark",
    "if u only learn one paragraph learn this one",
    "i found this in a library book not the internet!!",
    "say 'however' here, teachers luv it",
    "took me ages 2 work out what this meant lol",
    "this part is short on purpose, dont waffle",
]
LI_BANNERS = [
    "Piczo is getting a makeover! Some buttons may look different this week.",
    "Keep it friendly: report anything nasty using the Report button at the top of every site.",
    "New stickers are in! Jazz up your site with over 200 new designs.",
]
LI_CREDIT = "my friend Tegwen typed this one up 4 me cos my laptop broke \u2665"
LI_SONGS = ["Umbrella - Rihanna", "Ruby - Kaiser Chiefs", "Foundations - Kate Nash", "Chasing Cars - Snow Patrol",
            "Valerie - Mark Ronson", "Shut Up and Drive - Rihanna"]
LI_STICKERS = ["\u2665 revision = life \u2665", "*~ nearly there ~*", "exams suck!!", "\u2605 keep calm n revise \u2605"]
LI_SHOUTS = [
    ("ffi_x", "hey hun luv the site!!"),
    ("jess_x", "omg this helped so much 4 my test"),
    ("Gar3th", "rate my site plz"),
    ("bethan ♥", "wat did u get 4 the coursework?"),
    ("Cai", "sick layout"),
    ("lil_megs", "add me on msn!!"),
]


class Board:
    """Piczo emits boxes by creation time, each with its own coordinates."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.boxes: list[str] = []
        self.z = 10

    def add(self, inner: str, left: int, top: int, width: int, kind: str) -> None:
        self.z += 1
        self.boxes.append(f'<div class="pz_el pz_{kind}" id="el{len(self.boxes) + 1}" style="position:absolute; '
                          f'left:{left}px; top:{top}px; width:{width}px; z-index:{self.z};">{inner}</div>')


def li_para(v: str, k: int) -> str:
    return f"<DIV><FONT face=Verdana size=2>{esc(v)}</FONT></DIV>\n<DIV>&nbsp;</DIV>"


def li_list(ordered: bool, items: list[str]) -> str:
    tag = "OL" if ordered else "UL"
    return f"<{tag}>" + "".join(f"<LI><FONT face=Verdana size=2>{esc(i)}</FONT></LI>" for i in items) + f"</{tag}>"


def lihou(p: Page) -> str:
    rng = p.rng
    site = "lihou"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    card = p.card
    pieces = shown_pieces(p, lambda v: f"<DIV><FONT face=Verdana size=3><STRONG>{esc(v)}</STRONG></FONT></DIV>", li_para,
                          lambda v: f'<BLOCKQUOTE dir=ltr style="MARGIN-RIGHT: 0px"><DIV><FONT face=Verdana size=2><EM>{esc(v)}</EM></FONT></DIV></BLOCKQUOTE>',
                          li_list)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label = rng.choice(LI_NOTE_LABELS)
        text = pick_note(LI_NOTES, p)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f"<DIV><FONT face=Verdana color=#9900cc size=2><B>{esc(label)}</B> {esc(text)}</FONT></DIV>\n<DIV>&nbsp;</DIV>"))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"slideshow: pics of {card['setting']} (click 4 next)"
            piece = (f'<DIV><EMBED src="http://www.piczo.com/slideshow/ss.swf?id={digest(site, "ss", p.title, n=10)}" width=330 height=236></EMBED></DIV>'
                     f"<DIV><FONT face=Verdana size=1>{esc(caption)}</FONT></DIV>\n<DIV>&nbsp;</DIV>")
        else:
            caption = f"vid about {card['x']} \u2665 watch it!!"
            vid = digest(site, "yt", p.title, n=11)
            piece = (f'<DIV><OBJECT width=300 height=250><PARAM NAME="movie" VALUE="http://www.youtube-nocookie.com/v/{vid}"><EMBED src="http://www.youtube-nocookie.com/v/{vid}" width=300 height=250></EMBED></OBJECT></DIV>'
                     f"<DIV><FONT face=Verdana size=1>{esc(caption)}</FONT></DIV>\n<DIV>&nbsp;</DIV>")
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        wall = (f"the rest ({fmt_int(p.rest_words())} wordz) is on my private page - leave me a msg in my gb n i'll send u "
                "the password!!")
        pieces.append(("wall", f"<DIV><FONT face=Verdana color=#ff0066 size=2><B>{esc(wall)}</B></FONT></DIV>"))
        p.clutter.append(wall)
    if p.cut is None and p.refs:
        pieces.append(("heading", "<DIV><FONT face=Verdana size=3><STRONG>Works Cited</STRONG></FONT></DIV>"))
        pieces.append(("refs", "".join(f"<DIV><FONT face=Verdana size=1>{mk}</FONT></DIV>" for _, mk in p.refs)))
    # the essay goes into two or three text boxes
    parts = 2 if len(pieces) < 10 else rng.choice([2, 3])
    cuts = split_points(pieces, parts, rng)
    bounds = [0, *cuts, len(pieces)]
    runs = ["\n".join(h for _, h in pieces[a:b]) for a, b in zip(bounds, bounds[1:])]
    board = Board(rng)
    # fixed furniture first: header, nav, glitter
    board.add(f'<FONT face="Comic Sans MS" color=#ff3399 size=5><B>{esc(LI_SITE)}</B></FONT><BR><FONT face=Verdana size=1>{esc(LI_TAGLINE)}</FONT>', 180, 12, 520, "text")
    nav = " | ".join(f'<a href="http://kerysrevises.piczo.com/{slug(k)}?cr={number(site, k, mod=9, base=1)}">{esc(k)}</a>' for k in LI_NAV)
    board.add(f"<FONT face=Verdana size=2>{nav}</FONT>", 180, 84, 520, "links")
    board.add(f'<IMG src="http://www.piczo.com/stickers/glitter_{digest(site, "g1", n=6)}.gif" width=90 height=90 alt="">', 40, 20, 90, "image")
    p.clutter += [LI_SITE, LI_TAGLINE, "about me", "my essays"]
    # title and counts sticker
    title_box = (f'<FONT face="Comic Sans MS" color=#cc0066 size=6><B>{esc(p.title)}</B></FONT>', 180, 130, 520, "text")
    counts = f"{fmt_int(p.words)} wordz \u00b7 {p.pages} sidez of A4 (handwritten!!)"
    counts_box = (f"<FONT face=Verdana color=#6600cc size=2><B>{esc(counts)}</B></FONT>", 720, 140, 160, "text")
    p.clutter.append(counts)
    title_after_first = carries(site, "titlelate", 9, p)
    counts_between = carries(site, "countsmid", 8, p) and len(runs) > 1
    # the shoutbox moves: made before the essay boxes on nine pages, after them on nine
    shouts = rng.sample(LI_SHOUTS, 3)
    shout_lines = "".join(f"<DIV><B>{esc(w)}:</B> {esc(t)}</DIV>" for w, t in shouts)
    shoutbox = (f'<DIV class=shoutbox><FONT face=Verdana size=1><B>\u2665 shoutbox \u2665</B>{shout_lines}'
                f'<DIV><INPUT name=shout size=14> <INPUT type=submit value=shout!></DIV></FONT></DIV>', 720, 230, 170, "text")
    p.clutter += ["\u2665 shoutbox \u2665"] + [f"{w}: {t}" for w, t in shouts]
    ahead = placed_before(site, "shoutbox", p)
    if ahead:
        board.add(*shoutbox)
    if carries(site, "credit", 6, p):
        board.add(f"<FONT face=Verdana color=#999999 size=1><I>{esc(LI_CREDIT)}</I></FONT>", 720, 200, 170, "text")
        p.clutter.append(LI_CREDIT)
    if not title_after_first:
        board.add(*title_box)
    if not counts_between:
        board.add(*counts_box)
    top = 200
    for j, run in enumerate(runs):
        height = 60 + run.count("<DIV>") * 26
        board.add(run, 180, top, 520, "text")
        top += height + 30
        if j == 0 and title_after_first:
            board.add(*title_box)
        if j == 0 and counts_between:
            board.add(*counts_box)
        if j < len(runs) - 1:
            # between two parts of the essay: a sticker, or the music box
            if (j + p.index) % 2 == 0:
                sticker = LI_STICKERS[(p.index + j) % len(LI_STICKERS)]
                board.add(f'<FONT face="Comic Sans MS" color=#ff66cc size=4>{esc(sticker)}</FONT>', 40, top - 20, 130, "text")
                p.clutter.append(sticker)
            else:
                song = LI_SONGS[(p.index + j) % len(LI_SONGS)]
                board.add(f'<EMBED src="http://www.piczo.com/mp3/player.swf?song={digest(site, song, n=8)}" width=148 height=38></EMBED>'
                          f"<BR><FONT face=Verdana size=1>now playing: {esc(song)}</FONT>", 20, top - 20, 160, "music")
                p.clutter.append(f"now playing: {song}")
            board.add(f'<IMG src="http://www.piczo.com/stickers/sparkle_{digest(site, "sp", j, n=6)}.gif" width=58 height=58 alt="">', 720, top, 60, "image")
    if not ahead:
        board.add(*shoutbox)
    # three more essays; each shows its objection's opening sentence
    order = {t: k for k, t in enumerate(p.site_titles, 1)}
    more = ""
    for t in rng.sample(p.others, 3):
        sen = objection_of(t)
        more += (f'<DIV><A href="http://kerysrevises.piczo.com/essay{order[t]}?cr=4">{esc(t)}</A></DIV>'
                 f"<DIV><FONT size=1>the 'but' bit: \u201c{esc(sen)}\u201d</FONT></DIV>")
        p.clutter += [t, f"the 'but' bit: \u201c{sen}\u201d", sen]
    board.add(f"<FONT face=Verdana size=2><B>more of my essays!!</B>{more}</FONT>", 720, top + 20, 170, "text")
    peeps = rng.randint(900, 24000)
    board.add(f"<FONT face=Verdana size=1>{fmt_int(peeps)} peeps have been here \u2665</FONT>", 720, top + 300, 170, "counter")
    board.add(f'<A href="http://kerysrevises.piczo.com/guestbook?cr=2"><FONT face="Comic Sans MS" size=3>leave me a msg in my gb!!</FONT></A>', 40, top + 340, 170, "text")
    p.clutter += ["more of my essays!!", f"{fmt_int(peeps)} peeps have been here", "leave me a msg in my gb!!"]
    banner = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div id="pz_notice">{esc(LI_BANNERS[turn])}</div>\n'
        p.clutter.append(LI_BANNERS[turn])
    p.clutter += ["make your own FREE website!", "Report this site", "Powered by Piczo",
                  "Make your own free website", "Safety tips"]
    height = top + 420
    boxes = "\n".join(board.boxes)
    return f"""<HTML>
<HEAD>
<TITLE>{esc(p.title)} - kerysrevises - Piczo</TITLE>
<META http-equiv=Content-Type content="text/html; charset=utf-8">
<LINK href="http://www.piczo.com/css/site_{digest(site, 'css', n=6)}.css" rel=stylesheet>
<STYLE type=text/css>BODY {{ background: #ffe6f7 url(http://www.piczo.com/bg/hearts_{digest(site, 'bg', n=4)}.gif); margin: 0 }} #pz_top {{ height: 28px; background: #fff }}</STYLE>
</HEAD>
<BODY>
<div id="pz_top"><a href="http://www.piczo.com/"><img src="http://www.piczo.com/img/piczo_small.gif" alt="Piczo" width="60" height="20"></a> <a href="http://www.piczo.com/signup">make your own FREE website!</a> | <a href="http://www.piczo.com/login">Sign in</a> | <a href="http://www.piczo.com/report?site=kerysrevises">Report this site</a></div>
{banner}<div id="pz_page" style="position:relative; width:900px; height:{height}px;">
{boxes}
</div>
<div id="pz_foot"><a href="http://www.piczo.com/">Powered by Piczo</a> &middot; <a href="http://www.piczo.com/signup">Make your own free website</a> &middot; <a href="http://www.piczo.com/terms">Terms</a> &middot; <a href="http://www.piczo.com/safety">Safety tips</a></div>
</BODY>
</HTML>
"""


# ---- 3. alderney: an undergraduate journal read on Project MUSE ------------------------------------------------

AL_JOURNAL = "Braye: A Journal of Undergraduate History"
AL_PRESS = "Quesnard University Press"
AL_AUTHORS = ["Nia Treloar", "Callum Ferrier", "Imogen Sarre", "Tomos Le Brun", "Hattie Gavey", "Rory Mollet",
              "Esther Quinain", "Josh Ahier"]
AL_SCHOOLS = ["Quesnard University", "the University of Hanois", "Casquets College", "St Anne's College, Braye"]
AL_LIBRARIES = ["Hanois Public Library", "Quesnard University Library", "Casquets College", "Longis County Libraries",
                "Platte Saline Institute"]
AL_NOTE_LABELS = ["Editor's gloss:", "Referee's query:", "Compare:", "On this point:"]
AL_NOTES = [
    "the dating of this episode differs between the printed and manuscript sources",
    "a fuller discussion of this evidence would need the unpublished correspondence",
    "the figures here rest on a single survey and should be read with caution",
    "the argument of this paragraph was strengthened at the referee's suggestion",
    "local records for this point are thinner than those used elsewhere in the essay",
    "readers may wish to set this passage beside the essay's conclusion",
    "the secondary literature is divided on this point",
]
AL_BANNERS = [
    "Project MUSE goes offline for planned maintenance on Saturday, 6 to 9 a.m. Eastern.",
    "New to MUSE: journal issues now load faster on mobile devices.",
    "Some institutions may see brief sign-in delays while we update our authentication service.",
]
AL_CREDIT = "Winner of the Braye prize for the best first-year essay."
AL_ABSTRACTS = [
    "This essay reconsiders {x}, arguing from {s1} and {s2} against the usual explanation.",
    "Drawing on evidence from {setting}, the essay reassesses {x} and the part played by {people}.",
    "The essay asks why {x} has been told so briefly, and what {s1} adds to the story.",
]
AL_SEASONS = ["Spring", "Autumn"]


def al_meta(title: str) -> dict:
    h = number("alderney", "meta", title, mod=10**9)
    vol = 6 + h % 5
    issue = 1 + (h // 5) % 2
    year = 2001 + vol - 6
    return dict(author=AL_AUTHORS[h % len(AL_AUTHORS)], school=AL_SCHOOLS[(h // 7) % len(AL_SCHOOLS)], vol=vol,
                issue=issue, year=year, season=AL_SEASONS[issue - 1], first=3 + (h // 11) % 90,
                aid=100000 + (h // 13) % 80000)


def sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.?!])\s+", text)


def alderney(p: Page) -> str:
    rng = p.rng
    site = "alderney"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    card, m = p.card, al_meta(p.title)
    first, last = m["first"], m["first"] + p.pages - 1
    # printed-page numbers fall where each 275 words run out, between paragraphs or inside one
    marks: list[int] = []
    words_so_far = 0
    boundary = 275
    page_no = first

    def para(v: str, k: int) -> str:
        nonlocal words_so_far, boundary, page_no
        out = []
        for sen in sentences(v):
            out.append(esc(sen))
            words_so_far += len(sen.split())
            if words_so_far >= boundary and page_no < last:
                page_no += 1
                boundary += 275
                marks.append(page_no)
                out.append(f'<span class="pgno" id="p{page_no}">[p. {page_no}]</span>')
        html_ = " ".join(out)
        return f"<p>{html_}</p>"

    def heading(v: str) -> str:
        nonlocal words_so_far
        words_so_far += len(v.split())
        return f'<h3 class="sec">{esc(v)}</h3>'

    def quote_(v: str) -> str:
        nonlocal words_so_far
        words_so_far += len(v.split())
        return f'<blockquote class="extract"><p>{esc(v)}</p></blockquote>'

    def listing(ordered: bool, items: list[str]) -> str:
        nonlocal words_so_far
        words_so_far += sum(len(i.split()) for i in items)
        tag = "ol" if ordered else "ul"
        return f'<{tag} class="list">' + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"

    pieces = shown_pieces(p, heading, para, quote_, listing)
    p.clutter += [f"[p. {n}]" for n in marks]
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label = rng.choice(AL_NOTE_LABELS)
        text = pick_note(AL_NOTES, p)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<p class="ednote"><span class="label">{esc(label)}</span> {esc(text)}</p>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Figure 1. A map of {card['setting']}."
            piece = (f'<div class="figure"><img src="/article/{m["aid"]}/images/fig01.jpg" width="360" alt="" />'
                     f'<p class="caption">{esc(caption)}</p><p class="fullres"><a href="/article/{m["aid"]}/images/fig01_full.jpg">View full resolution</a></p></div>')
            p.clutter += [caption, "View full resolution"]
        else:
            size = number(site, "pdf", p.title, mod=400, base=90)
            caption = f"Supplementary material: transcribed sources on {card['x']} (PDF, {size} KB)"
            piece = f'<p class="supplement"><a href="/article/{m["aid"]}/supp01.pdf">{esc(caption)}</a></p>'
            p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        wall = (f"You are viewing the opening pages of this article. The remaining {fmt_int(p.rest_words())} words are "
                "open to readers at subscribing institutions; sign in through your library to continue.")
        pieces.append(("wall", f'<div class="no-access"><p>{esc(wall)}</p><p><a href="/account/signin">Sign in through your library</a></p></div>'))
        p.clutter += [wall, "Sign in through your library"]
    if p.cut is None and p.refs:
        pieces.append(("heading", '<h3 class="sec">Works Cited</h3>'))
        pieces.append(("refs", "\n".join(f'<p class="ref">{mk}</p>' for _, mk in p.refs)))
    body = "\n".join(h for _, h in pieces)
    slots = dict(x=card["x"], s1=card["strands"][0], s2=card["strands"][1], people=card["people"], setting=card["setting"])
    if carries(site, "excerpt", 8, p):
        intro = "No abstract is available for this article; here is a brief excerpt of the content:"
        opening = block_text(p.visible()[0])
        front = (f'<div class="abstract excerpt"><p class="excerpt-intro">{esc(intro)}</p>'
                 f'<div class="excerpt-text"><p>{esc(opening)}</p></div></div>')
        p.clutter.append(intro)
    else:
        abstract = rng.choice(AL_ABSTRACTS).format(**slots)
        front = f'<div class="abstract"><h3>Abstract</h3><p>{esc(abstract)}</p></div>'
        p.clutter.append(abstract)
    cite = f"{AL_JOURNAL}, Volume {m['vol']}, Number {m['issue']}, {m['season']} {m['year']}, pp. {first}-{last} ({p.grade})"
    doi = f"10.1353/bry.{m['year']}.{m['aid'] % 10000:04d}"
    published = f"Published by {AL_PRESS}"
    p.clutter += [cite, published, f"Volume {m['vol']}, Number {m['issue']}, {m['season']} {m['year']}"]
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<p class="award">{esc(AL_CREDIT)}</p>\n'
        p.clutter.append(AL_CREDIT)
    # additional information: ahead of the article on nine pages, after it on nine; the counts are one row
    counts = f"{fmt_int(p.words)} words across pp. {first}-{last} ({p.pages} {'page' if p.pages == 1 else 'pages'})"
    launched = date(2004, 2, 1) + timedelta(days=rng.randint(0, 1500))
    rows = [("ISSN", f"1541-{number(site, 'issn', mod=9000, base=1000)}"), ("Print ISSN", f"1098-{number(site, 'pissn', mod=9000, base=1000)}"),
            ("Length in print", counts), ("Launched on MUSE", launched.strftime("%Y-%m-%d")), ("Open Access", "No")]
    info = ('<div class="additional-info"><h3>Additional Information</h3><table>'
            + "".join(f"<tr><th>{k}</th><td>{esc(v)}</td></tr>" for k, v in rows) + "</table></div>")
    p.clutter += ["Additional Information", "Length in print", counts, "Launched on MUSE", "Open Access",
                  "Print ISSN", launched.strftime("%Y-%m-%d")]
    ahead = placed_before(site, "addinfo", p)
    # related content: three other articles; each shows fact one of its card
    related = ""
    for t in rng.sample(p.others, 3):
        mt = al_meta(t)
        fact = first_fact(t)
        related += (f'<li><a href="/pub/{mt["aid"] % 97}/article/{mt["aid"]}">{esc(t)}</a> <span class="auth">{esc(mt["author"])}</span>'
                    f'<br /><span class="snip">From the article: \u201c{esc(fact)}\u201d</span></li>')
        p.clutter += [t, f"From the article: \u201c{fact}\u201d", fact, mt["author"]]
    library = rng.choice(AL_LIBRARIES)
    bio = f"{m['author']} was an undergraduate at {m['school']} when this essay was written."
    p.clutter += [f"Access provided by {library}", bio, "Related Content", "Citation tools",
                  f"{m['author']}", doi, "Search MUSE", "About MUSE", "Privacy Policy", "Terms of Use", AL_JOURNAL, f"{AL_JOURNAL} \u203a Volume {m['vol']}, Number {m['issue']}"]
    banner = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div class="site-alert"><p>{esc(AL_BANNERS[turn])}</p></div>\n'
        p.clutter.append(AL_BANNERS[turn])
    foot = "Project MUSE promotes the creation and dissemination of scholarly content through collaboration between libraries and publishers."
    foot2 = f"\u00a9 {m['year'] + 5} Project MUSE. Produced by Johns Hopkins University Press in collaboration with The Sheridan Libraries."
    p.clutter += [foot, foot2]
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>Project MUSE - {esc(p.title)}</title>
<meta name="citation_title" content="{html.escape(p.title)}" />
<meta name="citation_author" content="{html.escape(m['author'])}" />
<meta name="citation_journal_title" content="{html.escape(AL_JOURNAL)}" />
<meta name="citation_firstpage" content="{first}" />
<meta name="citation_lastpage" content="{last}" />
<meta name="citation_doi" content="{doi}" />
<link rel="stylesheet" href="/css/muse_{digest(site, 'css', n=8)}.css" />
<script src="/js/muse_{digest(site, 'js', n=8)}.js"></script>
</head>
<body class="article">
<header id="musebar"><a id="logo" href="/"><img src="/images/muse_logo.svg" alt="Project MUSE" width="170" height="40" /></a>
<form id="search" action="/search"><input type="text" name="q" placeholder="Search MUSE" aria-label="Search MUSE" /><button type="submit">Search MUSE</button></form>
<nav><ul><li><a href="/browse">Browse</a></li><li><a href="/browse/journals">Journals</a></li><li><a href="/about">About MUSE</a></li><li><a href="/help">Help</a></li></ul></nav>
<div id="access">Access provided by {esc(library)}</div></header>
{banner}<div id="breadcrumb"><a href="/">Project MUSE</a> &rsaquo; <a href="/journal/{number(site, 'jid', mod=900, base=100)}">{esc(AL_JOURNAL)}</a> &rsaquo; Volume {m['vol']}, Number {m['issue']}, {m['season']} {m['year']}</div>
<main id="main">
<div class="journal-head"><h1>{esc(AL_JOURNAL)}</h1></div>
<div class="cite-block"><p>{esc(cite)}</p><p class="doi"><a href="https://doi.org/{doi}">{doi}</a></p><p class="pub">{esc(published)}</p></div>
<div class="tools"><a href="#cite">Citation tools</a> <a href="#share">Share</a></div>
{(info + chr(10)) if ahead else ""}<article id="article">
<div class="title"><h2>{esc(p.title)}</h2></div>
<div class="author"><a href="/search?author={quote(m['author'])}">{esc(m['author'])}</a></div>
{credit}{front}
<div class="body">
{body}
</div>
<div class="bio"><p>{esc(bio)}</p></div>
</article>
{"" if ahead else info + chr(10)}<aside id="related"><h3>Related Content</h3><ul>{related}</ul></aside>
</main>
<footer id="footer"><p>{esc(foot)}</p><p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy Policy</a> | <a href="/terms">Terms of Use</a></p><p>{esc(foot2)}</p></footer>
</body>
</html>
"""


# ---- 4. jethou: an Edited Entry in h2g2, the BBC's Guide --------------------------------------------------------

JE_STRAP = "The Guide to Life, The Universe and Everything"
JE_RESEARCHERS = ["Gnomon", "Pinniped Pete", "Lady Hawthorne", "Bluebottle", "Kettle Stitch", "Orrery", "Sub Marine",
                  "Tassel"]
JE_SUBS = ["Wand'rin star", "Jodan", "The Dark Wanderer", "Lentilla"]
JE_NOTE_LABELS = ["Sub-editor's note:", "Researcher's aside:", "Handy to know:", "For the record:"]
JE_NOTES = [
    "Peer Review spent a long time on this section and it is much the better for it.",
    "older reference books give a different date for this, but the one here is the more recent reading.",
    "the Guide has a separate Entry on the wider background, linked at the side.",
    "this is one of those points that pub quizzes tend to get wrong.",
    "readers who visit the area will find very little left to see.",
    "one study supplies these figures, so treat them with care.",
    "this paragraph was added after a Researcher raised it in the conversation below.",
]
JE_FOOTNOTES = [
    "Some sources spell the names differently.",
    "Which is not to say that everyone agreed at the time.",
    "A fact that surprises most visitors.",
    "The exact number is still argued over.",
    "Not to be confused with the later event of a similar name.",
    "Or so the story goes.",
    "Contemporary accounts disagree on this.",
]
JE_BANNERS = [
    "h2g2 goes read-only on Tuesday morning for a server upgrade.",
    "The Guide's search is being rebuilt; results may be incomplete for a few days.",
    "Peer Review is busy: please allow a little longer for comments on new Entries.",
]
JE_CREDIT = "This Entry began life as a school history project and came to the Guide through Peer Review."
JE_CONVERSATIONS = ["Great Entry", "A small correction", "My great-grandfather was there", "Further reading?",
                    "Congratulations on the Front Page", "Is the date right?"]


def je_meta(title: str) -> dict:
    h = number("jethou", "meta", title, mod=10**9)
    return dict(aid=f"A{1000000 + h % 9000000}", researcher=JE_RESEARCHERS[h % len(JE_RESEARCHERS)],
                rid=f"U{100000 + (h // 9) % 900000}", sub=JE_SUBS[(h // 17) % len(JE_SUBS)])


def jethou(p: Page) -> str:
    rng = p.rng
    site = "jethou"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    card, m = p.card, je_meta(p.title)
    # footnote numbers go after a sentence inside two to four paragraphs
    paras = [k for k, b in enumerate(p.visible()) if b[0] == "paragraph" and not block_text(b).rstrip().endswith(":")]
    noted = sorted(rng.sample(paras, min(len(paras), rng.randint(2, 4))))
    notes: list[str] = []

    def para(v: str, k: int) -> str:
        if k not in noted:
            return f"<p>{esc(v)}</p>"
        sens = sentences(v)
        at = rng.randrange(len(sens))
        n = len(notes) + 1
        notes.append(JE_FOOTNOTES[(number(site, "fn", p.title, n, mod=len(JE_FOOTNOTES)))])
        sens[at] = esc(sens[at]) + f'<sup><a href="#footnote{n}" name="back{n}">{n}</a></sup>'
        return "<p>" + " ".join(s if i == at else esc(s) for i, s in enumerate(sens)) + "</p>"

    pieces = shown_pieces(p, lambda v: f'<h3 class="header">{esc(v)}</h3>', para,
                          lambda v: f'<blockquote class="guidequote"><p>{esc(v)}</p></blockquote>', g2_list)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label = rng.choice(JE_NOTE_LABELS)
        text = pick_note(JE_NOTES, p)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<div class="boxout"><p><b>{esc(label)}</b> {esc(text)}</p></div>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"An engraving of {card['setting']}."
            piece = (f'<div class="picture"><img src="http://www.bbc.co.uk/h2g2/guide/images/{digest(site, "pic", p.title, n=10)}.jpg" width="280" alt="" />'
                     f'<p class="caption">{esc(caption)}</p></div>')
        else:
            mins = number(site, "wm", p.title, mod=12, base=3)
            caption = f"Listen: a radio feature on {card['x']} (Windows Media, {mins} minutes)"
            piece = f'<p class="media"><a href="http://www.bbc.co.uk/h2g2/media/{digest(site, "wm", p.title, n=8)}.asx">{esc(caption)}</a></p>'
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        wall = (f"This Entry is being updated. The remaining {fmt_int(p.rest_words())} words will return once the "
                "Sub-editor has finished; you can follow progress in the Peer Review forum.")
        pieces.append(("wall", f'<div class="underreview"><p>{esc(wall)}</p></div>'))
        p.clutter.append(wall)
    foot_html = ""
    if notes:
        foot_html = ('<div class="footnotes"><h4>Footnotes</h4>'
                     + "".join(f'<p class="footnote"><a name="footnote{n}" href="#back{n}">{n}</a> {esc(t)}</p>' for n, t in enumerate(notes, 1))
                     + "</div>")
        p.clutter += notes
    refs = ""
    if p.cut is None and p.refs:
        refs = '<h3 class="header">Works Cited</h3>\n' + "\n".join(f"<p>{mk}</p>" for _, mk in p.refs)
    body = "\n".join(h for _, h in pieces)
    # entry data strip: above the text on nine pages, below it on nine; it holds the word count only
    size = f"Entry size: {fmt_int(p.words)} words"
    created = date(2002, 5, 1) + timedelta(days=rng.randint(0, 2400))
    strip = (f'<div class="entrydata"><p><span class="badge">{esc(p.grade)}</span> Entry ID: {m["aid"]}</p>'
             f'<p>Written and Researched by: <a href="/dna/h2g2/{m["rid"]}">{esc(m["researcher"])}</a></p>'
             f'<p>Edited by: <a href="/dna/h2g2/U{number(site, m["sub"], mod=900000, base=100000)}">{esc(m["sub"])}</a></p>'
             f'<p>Date: {created.day} {created.strftime("%B %Y")}</p><p>{esc(size)}</p></div>')
    p.clutter += [f"Entry ID: {m['aid']}", f"Written and Researched by: {m['researcher']}", f"Edited by: {m['sub']}",
                  f"Date: {created.day} {created.strftime('%B %Y')}", size, p.grade]
    ahead = placed_before(site, "entrydata", p)
    # the page count is in the print link, far below the strip
    printout = f"Print-out: {p.pages} {'page' if p.pages == 1 else 'pages'}"
    p.clutter += [printout, "Printable version", "Tell a friend about this Entry", "Like this page?"]
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<p class="provenance"><i>{esc(JE_CREDIT)}</i></p>\n'
        p.clutter.append(JE_CREDIT)
    # conversations
    convs = ""
    for subj in rng.sample(JE_CONVERSATIONS, rng.randint(1, 4)):
        who = rng.choice([r for r in JE_RESEARCHERS if r != m["researcher"]])
        when = created + timedelta(days=rng.randint(3, 600))
        line = f"{subj} \u2014 {who}, {when.day} {when.strftime('%b %Y')}"
        convs += f'<li><a href="/dna/h2g2/F{number(site, subj, p.title, mod=900000, base=100000)}">{esc(subj)}</a> \u2014 {esc(who)}, {when.day} {when.strftime("%b %Y")}</li>'
        p.clutter.append(line)
    # related Edited Entries: three others, each with the second strand's figures sentence
    related = ""
    for t in rng.sample(p.others, 3):
        mt = je_meta(t)
        sen = figures_two(t)
        related += (f'<li><a href="/dna/h2g2/{mt["aid"]}">{esc(t)}</a><br /><span class="inside">From this Entry: \u201c{esc(sen)}\u201d</span></li>')
        p.clutter += [t, f"From this Entry: \u201c{sen}\u201d", sen]
    p.clutter += ["Conversations About This Entry", "Start a new conversation", "Related Edited Entries",
                  "Write an Entry", "Front Page", "Who's Online", JE_STRAP, "Referenced Guide Entries",
                  f"h2g2 \u203a Read \u203a {p.level}", "Most of the content on h2g2 is created by h2g2's Researchers, who are members of the public."]
    referenced = "".join(f'<li><a href="/dna/h2g2/A{number(site, "ref", p.title, k, mod=9000000, base=1000000)}">{esc(r)}</a></li>'
                         for k, r in enumerate(rng.sample([f"{cap(p.topic)} in the Guide", "Timelines in the Guide", "Famous Disputes", "Unsolved Puzzles"], 2)))
    p.clutter += [r for r in (f"{cap(p.topic)} in the Guide", "Timelines in the Guide", "Famous Disputes", "Unsolved Puzzles") if f">{esc(r)}<" in referenced]
    banner = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div class="announce"><p>{esc(JE_BANNERS[turn])}</p></div>\n'
        p.clutter.append(JE_BANNERS[turn])
    blq = " | ".join(f'<a href="http://www.bbc.co.uk/{slug(k)}/">{k}</a>' for k in ("News", "Sport", "Weather", "iPlayer", "TV", "Radio", "More"))
    p.clutter += ["BBC Home", "About the BBC", "Contact Us"]
    foot = "The BBC is not responsible for the content of external internet sites."
    p.clutter.append(foot)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="en-GB">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>BBC - h2g2 - {esc(p.title)}</title>
<meta name="description" content="h2g2 Edited Entry {m['aid']}">
<link rel="stylesheet" type="text/css" href="http://www.bbc.co.uk/h2g2/skins/brunel/css/h2g2_{digest(site, 'css', n=6)}.css">
</head>
<body>
<div id="blq-banner"><a href="http://www.bbc.co.uk/"><img src="http://www.bbc.co.uk/img/bbc_logo.gif" alt="BBC" width="77" height="24"></a> <a href="http://www.bbc.co.uk/">BBC Home</a> <form action="http://search.bbc.co.uk/cgi-bin/search/results.pl"><input type="text" name="q"> <input type="submit" value="Search"></form>
<div id="blq-nav">{blq}</div></div>
<div id="h2g2-header"><a href="/dna/h2g2/"><img src="http://www.bbc.co.uk/h2g2/skins/brunel/images/h2g2_logo.gif" alt="h2g2" width="120" height="50"></a> <span class="strap">{esc(JE_STRAP)}</span></div>
<ul id="h2g2-nav"><li><a href="/dna/h2g2/">Front Page</a></li><li><a href="/dna/h2g2/Read">Read</a></li><li><a href="/dna/h2g2/Talk">Talk</a></li><li><a href="/dna/h2g2/Write">Write</a></li><li><a href="/dna/h2g2/Online">Who's Online</a></li><li><a href="/dna/h2g2/Help">Help</a></li></ul>
{banner}<div id="main">
<div id="content">
<div id="crumbs"><a href="/dna/h2g2/">h2g2</a> &rsaquo; <a href="/dna/h2g2/Read">Read</a> &rsaquo; <a href="/dna/h2g2/C{number(site, p.level, mod=9000, base=1000)}">{esc(p.level)}</a></div>
<h1 class="subject">{esc(p.title)}</h1>
{(strip + chr(10)) if ahead else ""}{credit}<div class="guideml">
{body}
</div>
{foot_html}
{refs}
{"" if ahead else strip + chr(10)}<div class="entryactions"><a href="/dna/h2g2/{m["aid"]}?s_print=1">Printable version</a> <span class="printout">({esc(printout)})</span> &middot; <a href="/dna/h2g2/TellAFriend?{m["aid"]}">Tell a friend about this Entry</a></div>
<div id="conversations"><h3>Conversations About This Entry</h3><ul>{convs}</ul><p><a href="/dna/h2g2/AddThread?{m["aid"]}">Start a new conversation</a></p></div>
<p class="ugc">Most of the content on h2g2 is created by h2g2's Researchers, who are members of the public. The views expressed are theirs and unless specifically stated are not those of the BBC.</p>
</div>
<div id="sidebar">
<div class="sidebox"><h3>Related Edited Entries</h3><ul>{related}</ul></div>
<div class="sidebox"><h3>Referenced Guide Entries</h3><ul>{referenced}</ul></div>
<div class="sidebox"><h3>Like this page?</h3><p><a href="/dna/h2g2/Write">Write an Entry</a></p></div>
</div>
</div>
<div id="blq-foot"><a href="http://www.bbc.co.uk/aboutthebbc/">About the BBC</a> | <a href="http://www.bbc.co.uk/help/">Help</a> | <a href="http://www.bbc.co.uk/feedback/">Contact Us</a><p>{esc(foot)}</p></div>
</body>
</html>
"""


def g2_list(ordered: bool, items: list[str]) -> str:
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"


# ------------------------------------------------------------------------------------------------------- main

SITES = {  # name: writer, teasers, cited pages, twin pair (unused)
    "brecqhou": (brecqhou, 3, 4, None),  # Orkut forum: the essay in two or three consecutive posts, replies between
    "lihou": (lihou, 3, 4, None),        # Piczo: loose boxes; title box and counts sticker wander in the source
    "alderney": (alderney, 2, 4, None),  # Project MUSE: print page numbers in the text, excerpt box, moving info table
    "jethou": (jethou, 3, 3, None),      # h2g2: footnote numbers in sentences, counts split between strip and print link
}


def units_of(essay: dict) -> set[str]:
    """Each non-heading block (and each list item) above five words, normalised."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int, need: int) -> list[dict]:
    """Goes down the shuffled cards keeping essays until `need` are held; an essay sharing a unit with one
    already kept (either way round) is passed over."""
    chosen: list[tuple[dict, set[str], str]] = []
    for card in cards:
        if len(chosen) == need:
            break
        essay = make_essay(card, random.Random(f"{seed}:essay:{card['id']}"))
        units = units_of(essay)
        text = norm(" ".join(block_text(b) for b in essay["blocks"]))
        if any(u in other for u in units for _, _, other in chosen) or any(u in text for _, theirs, _ in chosen for u in theirs):
            continue
        chosen.append((essay, units, text))
    if len(chosen) < need:
        raise SystemExit(f"only {len(chosen)} usable essays, need {need}")
    return [e for e, _, _ in chosen]


def main() -> None:
    global SEED
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=2023)
    args = ap.parse_args()
    SEED = args.seed
    rng = random.Random(args.seed)
    cards = parse_cards()
    rng.shuffle(cards)
    need = g.essays_needed(SITES, PAGES_PER_SITE)
    chosen = choose_essays(cards, args.seed, need)
    ESSAYS_BY_TITLE.clear()
    ESSAYS_BY_TITLE.update({e["title"]: e for e in chosen})

    def page_for(name: str, n: int, essay: dict, titles: list[str], page_rng: random.Random, twin: Page | None) -> Page:
        return Page(essay, page_rng, n, titles, name)

    def copy_twin(page: Page, twin: Page) -> None:
        page.blocks, page.cut, page.refs = twin.blocks, twin.cut, twin.refs
        page.words, page.pages, page.minutes = twin.words, twin.pages, twin.minutes
        page.level, page.grade = twin.level, twin.grade

    rows = g.write_site_folders(
        args.outdir, args.seed, SITES, chosen, PAGES_PER_SITE, page_for, copy_twin,
        lambda name, n, e: f"{name}\tpage-{n:02d}\t{e['id']}\t{e['words']}\t{e['title']}")
    header = "site\tpage\ttopic_card\tessay_words\tessay_title"
    (args.outdir / "SOURCES.tsv").write_text("\n".join([header, *rows]) + "\n", "utf-8")
    print(f"{len(SITES)} sites x {PAGES_PER_SITE} pages -> {args.outdir} ({need} essays from {len(cards)} cards)")


if __name__ == "__main__":
    main()
