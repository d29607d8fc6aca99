"""Held-out site set 32 (issue 13): four further made-up essay hosts, each of a sort no earlier set
(thirty-one of them) contains, withheld to test how site learning copes at first sight; 18 pages per host.

    usage (project interpreter): generate.py OUTDIR [--seed 2032]

Pages land in OUTDIR/<host>/ as page-NN.html, numbered from 01, with truth/ beside them in the layout that
bench/scoring.py parses. Every host also has one or two essayless pages (a scenario folder, a club-night card,
an order of sale, buyers' terms, a search-room guide, a list of past articles, a speakers' programme), marked
no_essay in truth. Essays get composed at run time from this file's topic cards and sentence stock, both new for
set 32; OUTDIR/SOURCES.tsv maps cards onto pages. Equal seeds, equal bytes.

Hosts (page kinds):
  burhou     A tabletop wargames club's scenario pages, 2016, made of definition lists: the history sits in
             dt/dd pairs next to the scenario's own dt/dd facts, house-rule dd items fall between paragraphs,
             an umpire's tip comes before or after, and other scenarios are shown by their essays' objections
  ortac      An auction house's online lot pages, 2021: nested section and article elements with schema.org
             microdata, the catalogue essay beside provenance and condition articles built the same way, a
             specialist's note that moves, and further lots shown by their essays' first counted findings
  crevichon  A county record office's document of the month, 2014: numbered superscript note calls in the
             text and an endnote list, search-room tips in plain paragraphs, a visiting note that moves, and
             earlier articles shown by their essays' second dated facts
  minquiers  A retired people's club posting members' talk scripts pasted from a word processor, 2019:
             MsoNormal paragraphs, bold paragraphs for headings, Symbol-font bullets, slide cues in the same
             class, a vote of thanks above or below, and other talks shown by the sentence opening their last part

Imported unchanged from sets 1-3: the truth notes, the invented reference lists, escaping, number formatting,
placing a block inside the text, plurals.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import random
import re
import textwrap
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

# ----------------------------------------------------------------------------------------------- topic cards
# One card per row; pipes divide title | subject | x, the episode's everyday name | people, plural | setting |
# period, including some four-digit year | three semicolon-divided strands | thesis | rival (both complete a
# that-clause) | fact one | fact two (single sentences, exactly one full stop each).

ESSAY_CARDS = """
The Bridge That Was Too Narrow | Scottish history | the battle of Stirling Bridge | the Scottish leaders William Wallace and Andrew Moray, their spearmen and the English commander John de Warenne | the crossing of the Forth below Stirling Castle | 1297 to 1298 | the narrow wooden bridge that split the English army; the speed of the Scottish charge; the campaign of reprisal the next summer | the Scots won because Warenne let his army cross a bridge two horsemen wide under their eyes | the victory belonged to one inspired leader and owed nothing to ground or timing | Scottish forces under William Wallace and Andrew Moray defeated an English army at Stirling Bridge in September 1297. | King Edward I defeated William Wallace in battle in July 1298.
A Midsummer Battle by the Burn | Scottish history | the battle of Bannockburn | the Scottish king Robert the Bruce, his schiltrons of spearmen and the army of the English king Edward II | the carse and the burn south of Stirling | 1314 to 1328 | the relief of Stirling Castle that brought the English north; the two days of fighting on the boggy carse; the long war that followed before any peace | the battle settled a siege, not a war, and fourteen more years passed before England gave up its claim | Bannockburn secured Scottish independence on a single afternoon | Robert the Bruce defeated the army of Edward II at Bannockburn in June 1314. | England recognised Scottish independence in the treaty of Edinburgh and Northampton in 1328.
Arrows on the Hill | Scottish history | the battle of Halidon Hill | the young English king Edward III, the Scottish regent Archibald Douglas and the defenders of Berwick | the slopes of Halidon Hill outside Berwick | 1333 | the siege that forced the Scots to attack; the climb across marshy ground; the archers on the hillside | Halidon Hill taught the English how to win with archers long before the French wars | the Scots lost because they were outnumbered | Edward III defeated a Scottish army at Halidon Hill in July 1333. | The garrison of Berwick surrendered to the English soon after the battle in 1333.
A King Taken under the Walls | Scottish history | the battle of Neville's Cross | the Scottish king David II, the northern English lords and the monks watching from the cathedral tower | the high ground west of Durham | 1346 to 1357 | the invasion launched to help an ally in France; the broken ground that split the Scottish divisions; the eleven years the king spent in captivity | the capture of David II weakened the Scottish crown more than the defeat did | the invasion was a reckless adventure that no ally had asked for | An English army defeated the Scots at Neville's Cross in October 1346. | King David II of Scotland remained a prisoner in England until 1357.
The Flower of the Forest | Scottish history | the battle of Flodden | James IV of Scotland, the Earl of Surrey and the nobles of both kingdoms | the ridge of Branxton in Northumberland | 1513 | the alliance with France that drew the Scots south; the long pikes that failed on wet ground; the death of the king and so many of his lords | Flodden was lost by a new weapon used on the wrong ground, not by Scottish recklessness | James IV threw his army away out of vanity | James IV of Scotland was killed at the battle of Flodden in September 1513. | Thomas Howard, Earl of Surrey, commanded the English army at Flodden in 1513.
A Rout in the Marsh | Scottish history | the battle of Solway Moss | the Scottish king James V, his quarrelling commanders and the English borderers under Thomas Wharton | the marshy ground by the river Esk | 1542 | the confusion over who held the Scottish command; the flight into the moss; the king's death a few weeks later | the rout came from a divided command, not from any English skill | the king's despair after the battle killed him | An English force routed a much larger Scottish army at Solway Moss in November 1542. | James V died at Falkland Palace in December 1542.
A Wooing with Cannon | Scottish history | the battle of Pinkie | the English Lord Protector, the Scottish regent the Earl of Arran and the townsfolk of Musselburgh | the banks of the Esk near Musselburgh | 1547 to 1548 | the campaign to force a royal marriage; the fleet firing from the shore; the garrisons left behind in the Lowlands | the victory at Pinkie drove the young queen to France and lost England the marriage it fought for | Pinkie was a decisive triumph for English policy | An English army defeated the Scots at Pinkie near Musselburgh in September 1547. | The young Mary, Queen of Scots sailed for France in 1548.
Snow on Palm Sunday | English history | the battle of Towton | the Yorkist claimant Edward, Earl of March, the Lancastrian lords and the commons who filled both armies | the plateau between Towton and Saxton in Yorkshire | 1461 | the march north in late winter; the snowstorm that blinded the Lancastrian archers; the slaughter at the river crossing | Towton was decided by weather and the late arrival of reinforcements as much as by generalship | the battle was an easy Yorkist victory | Yorkist and Lancastrian armies fought at Towton in a snowstorm on Palm Sunday 1461. | Edward of York was crowned king in June 1461.
An Ambush by a Brook | English history | the battle of Blore Heath | the Yorkist Earl of Salisbury, the Lancastrian commander Lord Audley and the gentry of Cheshire and Staffordshire | the heath near Market Drayton | 1459 | the Yorkist march to join their allies; the feigned withdrawal across the brook; the charges that broke against the bank | a smaller army won at Blore Heath by choosing its ground before the enemy arrived | the Lancastrians lost through sheer bad luck | The Earl of Salisbury defeated a Lancastrian army at Blore Heath in September 1459. | Lord Audley was killed leading the Lancastrian cavalry at Blore Heath in 1459.
The Earl Who Made Parliament | English history | the battle of Evesham | the baronial leader Simon de Montfort, the king's son the Lord Edward and the knights who changed sides | the loop of the Avon at Evesham | 1264 to 1266 | the parliament summoned with knights and burgesses; the escape of the Lord Edward from custody; the trap in the river loop | Montfort lost at Evesham because his allies deserted him, not because his cause had lost support | Montfort's government was a tyranny the country was glad to be rid of | Simon de Montfort was killed at the battle of Evesham in August 1265. | The Dictum of Kenilworth set terms for the surrender of the remaining rebels in 1266.
An Afternoon below the Ridge | English history | the battle of Edgehill | Charles I, his nephew Prince Rupert and the parliamentary army of the Earl of Essex | the slope below Edgehill in Warwickshire | 1642 | the royalist march towards London; the cavalry charge that left the field; the infantry standing till dark | Edgehill ended the hope that a single battle would decide the war | the king threw away a certain victory | The first pitched battle of the English Civil War was fought at Edgehill in October 1642. | Charles I made Oxford his headquarters after Edgehill in 1642.
An Evening Attack on the Moor | English history | the battle of Marston Moor | Prince Rupert, the Earl of Newcastle's northern foot and the allied armies of Parliament and the Scots | the moor west of York | 1644 | the relief of besieged York; the allied attack in the summer evening; the loss of the north for the king | Marston Moor cost the king the north because Rupert fought when he had already achieved his aim | Rupert was ordered to fight and had no choice | Parliamentarian and Scottish armies defeated Prince Rupert at Marston Moor in July 1644. | York surrendered to the allied armies in July 1644.
An Army Trapped in Cornwall | English history | the surrender at Lostwithiel | the parliamentary general the Earl of Essex, his infantry under Philip Skippon and the royalists who closed around them | the Fowey valley around Lostwithiel | 1644 | the march into the west on false hopes of local support; the closing of the royalist ring; the surrender of the foot and guns | Essex marched into Cornwall believing promises of support that no Cornish gentry had made | Essex was betrayed by his own officers | The Earl of Essex's army was trapped near Lostwithiel in Cornwall in August 1644. | The parliamentary infantry surrendered to the king at Lostwithiel in September 1644.
Horse on the Downs | English history | the battle of Roundway Down | the parliamentary general Sir William Waller, the royalist horse sent from Oxford and the besieged royalists in Devizes | the downland above Devizes in Wiltshire | 1643 | the siege of the royalist foot in the town; the ride of the relief force from Oxford; the headlong flight over the steep edge of the down | Roundway Down was won by speed of movement, which turned a siege into a rout | the battle was an accident of the terrain | Royalist cavalry routed Sir William Waller's army at Roundway Down in July 1643. | Royalist forces captured Bristol later in July 1643.
The Last Battle of the Wars | English history | the battle of Worcester | the young Charles II, his largely Scottish army and the New Model soldiers who surrounded the city | the city of Worcester and the river meadows beside it | 1651 | the march south through an England that did not rise; the bridges thrown across the Severn and the Teme; the six weeks of hiding and flight | the invasion of 1651 failed because English royalists would not rise for a Scottish army | the battle was lost by poor leadership on the day | Parliament's army defeated Charles II at Worcester in September 1651. | Charles II escaped to France in October 1651.
A Skirmish in the Pentlands | Scottish history | the Pentland Rising | the Covenanting farmers of Galloway, their minister leaders and the king's general Tam Dalyell | the Pentland Hills south of Edinburgh | 1666 | the soldiers quartered on Galloway to collect fines; the march on Edinburgh in winter rain; the fight at Rullion Green and the hangings | quartering troops on debtors, more than religion, provoked the rising | the rising was a fanatics' plot | Government troops under Tam Dalyell defeated the rising at Rullion Green in November 1666. | Several prisoners taken at Rullion Green were hanged in Edinburgh in December 1666.
Two Battles in One June | Scottish history | the rising of 1679 | the field preachers and their armed congregations, John Graham of Claverhouse and the Duke of Monmouth | the moorland of Lanarkshire and the Clyde at Bothwell | 1679 | the armed conventicle at Drumclog; the quarrels in the rebel camp; the government victory at the bridge | the rebels beat themselves through their quarrels before Monmouth's army reached them | Claverhouse was defeated at Drumclog by numbers alone | Covenanters defeated John Graham of Claverhouse at Drumclog in June 1679. | The Duke of Monmouth defeated the Covenanters at Bothwell Bridge later in June 1679.
Ten Minutes at Dawn | Scottish history | the battle of Prestonpans | Charles Edward Stuart, the Highland regiments and the government general Sir John Cope | the stubble fields east of Edinburgh | 1745 | the night march through the bog; the charge at first light; the march into England that followed | Prestonpans was won by a local guide who knew a path through the bog | the government army was bound to lose | The Highland army of Charles Edward Stuart defeated Sir John Cope at Prestonpans in September 1745. | The prince's army crossed into England in November 1745.
A Moor near Inverness | Scottish history | the battle of Culloden | Charles Edward Stuart, his hungry Highland army and the government army led by the king's son | the moor east of Inverness | 1746 | the failed night march the evening before; the choice of open ground; the reprisals across the Highlands | Culloden was lost the night before, on a march that left the army exhausted | the prince's army was doomed whatever ground it chose | Government troops defeated the prince's army at Culloden in April 1746. | Charles Edward Stuart escaped to France in September 1746.
A Good Friday by the Shore | Irish history | the battle of Clontarf | the high king Brian Boru, the king of Leinster and the Norse of Dublin and the isles | the shore north of Dublin | 1014 | the revolt of Leinster against the high king; the Norse allies summoned from overseas; the death of Brian in his tent | Clontarf was an Irish civil war with Norse allies on both sides | Clontarf drove the Vikings out of Ireland | Brian Boru's army defeated the forces of Leinster and their Norse allies at Clontarf in April 1014. | Brian Boru was killed in his tent while the battle of Clontarf was fought in 1014.
A Cannonball and a General | Irish history | the battle of Aughrim | the Dutch general Godert de Ginkel, the French commander the Marquis de St Ruth and the Irish soldiers of both armies | the ridge and bog at Aughrim in County Galway | 1691 | the strong position behind the bog; the death of St Ruth by a cannonball; the terms offered at Limerick afterwards | Aughrim turned on the death of one commander whose plans nobody else knew | the Irish army was beaten by superior numbers | A Williamite army under Godert de Ginkel defeated the Jacobite army at Aughrim in July 1691. | The last Jacobite army in Ireland surrendered on terms agreed in October 1691.
A Sunday in Flanders | French history | the battle of Bouvines | Philip II of France, the emperor Otto IV and the counts of Flanders and Boulogne | the plain near Bouvines between Lille and Tournai | 1214 to 1215 | the coalition paid for by the English king; the fighting around the emperor; the baronial revolt in England that followed | Bouvines decided the politics of England as well as France | Bouvines was a purely French triumph | Philip II of France defeated the emperor Otto IV at Bouvines in July 1214. | King John was campaigning in Poitou while his allies lost at Bouvines in 1214.
The Spurs in the Church | Flemish history | the battle of the Golden Spurs | the weavers and guild militias of Flanders, the French knights and the count's family | the meadows by the streams at Courtrai | 1302 to 1304 | the massacre of French soldiers at Bruges; the ditches that stopped the cavalry; the spurs hung in the church afterwards | foot soldiers beat knights at Courtrai because they chose ground crossed by streams and ditches | the French knights lost through arrogance alone | Flemish militia defeated an army of French knights at Courtrai in July 1302. | The French king's army defeated the Flemings at Mons-en-Pevele in 1304.
A Trap by the Lake | Swiss history | the battle of Morgarten | the men of Schwyz and Uri, the Habsburg duke Leopold and his mounted knights | the narrow road between the Aegeri lake and the hillside | 1315 | the quarrel over the abbey of Einsiedeln; the ambush from the slopes; the renewed alliance of the valleys | Morgarten was a border feud that chroniclers afterwards dressed up as a war of freedom | the battle founded the Swiss nation | Men of the Swiss forest cantons ambushed a Habsburg army at Morgarten in November 1315. | The three forest cantons renewed their alliance at Brunnen in December 1315.
A Duke Killed by Peasants | Swiss history | the battle of Sempach | Duke Leopold III of Austria, his dismounted knights and the men of Lucerne and the forest cantons | the hills near the lake of Sempach | 1386 | the towns that Lucerne had drawn away from Austria; the knights who fought on foot; the legend of the hero who gathered the spears | Sempach mattered because a ruling duke died, not because of any single hero | the victory came from one man's sacrifice | Duke Leopold III of Austria was killed fighting the Swiss at Sempach in July 1386. | The story of Arnold von Winkelried first appears in writing long after the battle.
Knights in the Forest Clearing | Polish history | the battle of Grunwald | King Wladyslaw Jagiello, his cousin Vytautas and the grand master of the Teutonic Knights | the fields between Grunwald and Tannenberg | 1410 to 1411 | the long wait in the summer heat; the Lithuanian retreat that may have been a feint; the failure to take the order's castle afterwards | Grunwald broke the order's army but not its state, because the victors could not take Marienburg | the battle ended the Teutonic Order | Polish and Lithuanian armies defeated the Teutonic Knights at Grunwald in July 1410. | The first peace of Thorn was signed in February 1411.
Two Hours on the Danube Plain | Hungarian history | the battle of Mohacs | King Louis II of Hungary, his feuding nobles and the army of Suleiman the Magnificent | the plain by the Danube at Mohacs | 1526 | the quarrels that kept the Hungarian army small; the decision to fight in the open; the king's death in a flooded stream | Hungary was lost at Mohacs by a divided nobility before a shot was fired | the Ottoman army was simply unbeatable | The army of Suleiman the Magnificent defeated the Hungarians at Mohacs in August 1526. | King Louis II of Hungary drowned while fleeing the battlefield in 1526.
Galleys in the Gulf of Patras | Mediterranean history | the battle of Lepanto | Don John of Austria, the Venetian galley captains and the Ottoman admiral Ali Pasha | the gulf of Patras off western Greece | 1571 to 1573 | the Holy League assembled after the loss of Cyprus; the heavy galleasses at the front of the line; the peace that Venice made two years later | Lepanto was a great victory that changed little, because the league fell apart the next year | Lepanto saved Christian Europe | A Holy League fleet defeated the Ottoman navy at Lepanto in October 1571. | Venice made a separate peace with the Ottoman sultan in 1573.
The Young Duke at Rocroi | French history | the battle of Rocroi | the young Duke of Enghien, the veteran Spanish infantry and the French court in mourning for its king | the fortress town of Rocroi in the Ardennes | 1643 to 1648 | the Spanish siege of the town; the cavalry that turned the Spanish flank; the legend of the unbeaten Spanish foot | Rocroi became a turning point mainly because French writers made it one | Rocroi ended Spanish power in a morning | The Duke of Enghien's French army defeated the Spanish at Rocroi in May 1643. | The peace of Westphalia was signed in 1648.
Swedes on the Rhin Marshes | German history | the battle of Fehrbellin | Frederick William of Brandenburg, his cavalry and the Swedish army in the Mark | the marshes by the Rhin near Fehrbellin | 1675 | the Swedish invasion while the elector fought in the west; the forced march home; the cavalry fight by the causeway | a small cavalry battle made the reputation of the Brandenburg state | Fehrbellin destroyed Swedish power in Germany | Brandenburg cavalry defeated a Swedish army at Fehrbellin in June 1675. | Frederick William ruled Brandenburg from 1640 until his death in 1688.
A Siege on the Vorskla | Russian history | the battle of Poltava | Charles XII of Sweden, Peter I of Russia and the Cossack hetman Ivan Mazepa | the fortress of Poltava and the Vorskla river | 1708 to 1709 | the winter march into Ukraine; the wounded king carried in a litter; the surrender of the army at the river | Poltava was won by the winter before it as much as by the Russian redoubts | Charles XII lost through his own rashness | Peter I's army defeated Charles XII of Sweden at Poltava in July 1709. | Charles XII took refuge in Ottoman territory after the battle in 1709.
The Column at Fontenoy | French history | the battle of Fontenoy | Marshal Maurice de Saxe, the Irish Brigade and the allied army under the king's son from London | the villages between Fontenoy and the wood of Barry | 1745 | the redoubts built around the village; the great allied column in the centre; the counter-attack of the Irish regiments | Fontenoy was won by Saxe's field works, which turned an allied breakthrough into a trap | the allied column nearly won and was betrayed by its Dutch allies | Marshal Saxe's French army defeated the allied army at Fontenoy in May 1745. | The Irish Brigade of the French army fought at Fontenoy in 1745.
A Gale off Brittany | naval history | the battle of Quiberon Bay | Admiral Edward Hawke, the French admiral Conflans and the sailors of both fleets | the rocks and shoals of Quiberon Bay | 1759 | the French plan to carry an army across the Channel; the chase into the bay in a rising gale; the wrecks left among the shoals | Hawke's victory came from his willingness to follow an enemy onto dangerous rocks | the French fleet was already beaten before it sailed | Admiral Edward Hawke defeated a French fleet in Quiberon Bay in November 1759. | The French fleet at Quiberon Bay had been meant to escort an invasion army in 1759.
A Victory Remembered in Street Names | naval and military history | the battle of Maida | the British general John Stuart, the French general Reynier and the Calabrian peasants who rose afterwards | the plain below Maida in southern Italy | 1806 | the landing in the bay of Sant'Eufemia; the volley that broke the French attack; the quick return to Sicily | Maida was a small battle made famous by a British public that needed a victory | Maida proved the superiority of British infantry once and for all | British troops under John Stuart defeated a French force at Maida in southern Italy in July 1806. | The British army left the Italian mainland for Sicily after the battle in 1806.
Two Days in the July Heat | Peninsular War history | the battle of Talavera | Sir Arthur Wellesley, the Spanish general Cuesta and the French army of Joseph Bonaparte | the ground north of Talavera de la Reina | 1809 | the quarrels between the British and Spanish commanders; the French assault on the Medellin by night; the grass fire among the wounded | Talavera was a victory followed by a retreat, because the allies could not supply their armies | the Spanish army was useless to its allies | Sir Arthur Wellesley's army fought the French at Talavera in July 1809. | Arthur Wellesley was made a viscount after the battle of Talavera in 1809.
A Ridge and a Convent | Peninsular War history | the battle of Bussaco | Wellington's British and Portuguese army, Marshal Massena and the Portuguese peasants who left their villages | the long ridge of Bussaco in central Portugal | 1810 | the Portuguese regiments trained by British officers; the French attacks up the steep slope; the retreat to the lines before Lisbon | Bussaco showed that the new Portuguese army could stand in line | Bussaco was pointless because the army retreated anyway | The allied army repulsed Marshal Massena's attacks on the ridge of Bussaco in September 1810. | Massena's army halted before the lines of Torres Vedras in October 1810.
Lancers in a Hailstorm | Peninsular War history | the battle of Albuera | Marshal William Beresford, Marshal Soult and the Spanish, Portuguese and British regiments that held the hill | the low hills by the village of Albuera | 1811 | the relief march for besieged Badajoz; the hailstorm that hid the Polish lancers; the dispute over the losses afterwards | Albuera was saved by regimental officers after the plan failed | Beresford's plan was sound and only bad weather spoiled it | An allied army under William Beresford fought Marshal Soult at Albuera in May 1811. | Polish lancers destroyed most of a British brigade in a hailstorm at Albuera in 1811.
A Harbour Full of Ships | naval history | the battle of Navarino | the British admiral Edward Codrington, the French and Russian squadrons and the Ottoman and Egyptian fleet | the bay of Navarino in the Peloponnese | 1827 to 1832 | the treaty that sent the allied fleets to enforce an armistice; the shot fired in the crowded harbour; the independence of Greece that followed | Navarino was an accident of crowded anchorage that the allies had not planned | the allies always intended to destroy the fleet | British, French and Russian ships destroyed an Ottoman and Egyptian fleet at Navarino in October 1827. | Greece was recognised as an independent kingdom in 1832.
A Hill above the Border | South African history | the battle of Majuba | the British general George Colley, the burghers of the republic and the soldiers who climbed the hill by night | the summit of Majuba Hill above Laing's Nek | 1880 to 1881 | the night climb without artillery; the burghers creeping up the slopes; the peace made after the defeat | Majuba was lost because Colley occupied a hill and then did nothing with it | the burghers had better rifles and nothing else mattered | Burghers of the South African Republic drove a British force from Majuba Hill in February 1881. | General George Colley was killed on the summit of Majuba in 1881.
A Brigade Lost on the Kandahar Road | Afghan history | the battle of Maiwand | the Afghan commander Ayub Khan, his ghazis and regular troops and the British and Indian brigade sent to stop him | the dry plain at Maiwand west of Kandahar | 1880 | the brigade's march into the heat; the Afghan guns that outnumbered the British; the relief march from Kabul | Maiwand was lost because the brigade met a larger army in the open without water | the Indian regiments broke and caused the defeat | An Afghan army under Ayub Khan defeated a British brigade at Maiwand in July 1880. | A relief force under Frederick Roberts marched from Kabul to Kandahar in August 1880.
Cruisers off the Chilean Coast | naval history | the battle of Coronel | the German admiral Maximilian von Spee, the British admiral Christopher Cradock and the sailors manning the old cruisers | the open sea off Coronel in Chile | 1914 | the German squadron crossing the Pacific; the British ships silhouetted against the sunset; the revenge in the South Atlantic five weeks later | Coronel was lost because the Admiralty sent old ships against a modern squadron | Cradock threw his ships away by disobeying orders | Admiral von Spee's squadron sank two British cruisers off Coronel in Chile in November 1914. | Von Spee's squadron was destroyed by British battlecruisers in December 1914.
An Assault on the Abatis | North American history | the battle of Carillon | the French general Montcalm, the British commander James Abercromby and the regiments that attacked the log wall | the ridge before Fort Carillon at Ticonderoga | 1758 to 1759 | the felled trees laid in front of the French lines; the frontal attacks that went on all afternoon; the fort taken without a fight the next year | the assault failed because Abercromby attacked before his guns came up | the French wall could not have been taken by any army | Montcalm's French army repulsed a British assault at Fort Carillon in July 1758. | British forces took Ticonderoga in 1759.
Fishermen Take a Fortress | North American history | the siege of Louisbourg | the New England militia, their merchant commander William Pepperrell and the French garrison of Cape Breton | the fortress of Louisbourg on Cape Breton Island | 1745 to 1748 | the volunteers raised in Massachusetts; the battery captured by surprise; the fortress handed back at the peace | the capture of Louisbourg gave New England a confidence that later turned against Britain | the siege was won by the Royal Navy alone | New England militia captured the French fortress of Louisbourg in June 1745. | Louisbourg was handed back to France by the peace of 1748.
A General Surrenders in the Woods | American history | the Saratoga campaign | the British general John Burgoyne, his German and loyalist troops and the American army on the Hudson | the wooded country around Saratoga | 1777 to 1778 | the slow march south from Canada; the fights at Freeman's farm; the alliance with France that followed | Saratoga was lost in the forests between the lakes long before the surrender | Burgoyne was abandoned by his colleagues in New York | General John Burgoyne surrendered his army at Saratoga in October 1777. | France signed a treaty of alliance with the United States in February 1778.
A Siege by the York River | American history | the siege of Yorktown | the British general Lord Cornwallis, the American and French armies and the French fleet off the Virginia capes | the small port of Yorktown in Virginia | 1781 | the march south from New York; the French fleet that closed the bay; the trenches dug towards the British works | Yorktown was won at sea before the trenches were dug | Cornwallis was beaten by superior generalship on land | Lord Cornwallis surrendered his army at Yorktown in October 1781. | A French fleet had driven off the British fleet off the Virginia capes in September 1781.
A General Falls on the Heights | Canadian history | the battle of Queenston Heights | the British general Isaac Brock, his Mohawk allies and the New York militia who refused to cross | the heights above the Niagara at Queenston | 1812 | the American crossing of the river; the death of Brock leading a counter-attack; the militia who stayed on their own bank | Queenston Heights was won after Brock's death, by reinforcements and Mohawk fighters | the battle was Brock's personal triumph | Isaac Brock was killed leading a counter-attack at Queenston Heights in October 1812. | The American troops on Queenston Heights surrendered before nightfall in 1812.
Fighting in the Dark by the Falls | Canadian history | the battle of Lundy's Lane | the American general Jacob Brown, the British general Gordon Drummond and Upper Canada's militia | the lane and the hill near the great falls | 1814 | the American advance along the river; the fight for the guns on the hill after dark; the peace signed at Ghent | Lundy's Lane was a drawn battle that both sides claimed because neither could explain the night | the Americans won and then gave their victory away | American and British armies fought a night battle at Lundy's Lane in July 1814. | Both armies claimed the victory at Lundy's Lane in 1814.
Voltigeurs in the Forest | Canadian history | the battle of Chateauguay | Charles de Salaberry, his French-Canadian Voltigeurs and the American general Wade Hampton | the forest by the Chateauguay river | 1813 | the American march on Montreal; the log barriers in the woods; the bugles that confused the invaders | a few hundred defenders turned back an army because its general had no heart for the campaign | the battle saved Montreal by a miracle of courage | Charles de Salaberry's troops turned back an American army at Chateauguay in October 1813. | The American campaign against Montreal was abandoned in November 1813.
Gold in a Norfolk Field | British archaeology | the Snettisham hoard | the ploughmen who turned up the first torcs, the archaeologists who followed and the Iron Age people who buried the gold | the fields above the Wash at Snettisham | 1948 to 1950 | the first finds brought up by the plough; the great torc found two years later; the pits dug again in the 1990s | the Snettisham gold was a deliberate store rather than a forgotten treasure | the hoards were offerings to gods and nothing more | A ploughman turned up the first gold torcs at Snettisham in 1948. | The great torc of Snettisham was found in 1950.
A Cup in the King's Dressing Room | British archaeology | the Rillaton cup | the workmen who opened the barrow, the Duchy of Cornwall and the museum that later received the cup | a barrow on the moor near Rillaton in Cornwall | 1837 to 1936 | the opening of the barrow by workmen; the cup sent to the Crown; its rediscovery among the king's belongings | the cup's strange modern life says more of collecting than of the Bronze Age | the cup was simply mislaid | Workmen found a gold cup in a barrow at Rillaton in Cornwall in 1837. | The Rillaton cup was found among the belongings of King George V after his death in 1936.
A Brooch and a Clever Name | Irish archaeology | the Tara Brooch | the family who said they found it, the Dublin jeweller George Waterhouse and the visitors at the exhibitions | the shore near Bettystown in County Meath | 1850 to 1868 | the uncertain story of the find; the name chosen to link it with the kings of Tara; the copies sold in shops | the brooch's fame was made by a jeweller's marketing | the brooch was the jewel of a high king | The Tara Brooch was found on the shore near Bettystown in 1850. | George Waterhouse showed the Tara Brooch at the Great Exhibition in London in 1851.
Runes on the Back | Scottish archaeology | the Hunterston brooch | the workmen who found it, the Hunter family of Hunterston and the Norse owner who cut his name on it | the estate of Hunterston on the Firth of Clyde | 1830 | the find made while building drains; the runic inscription on the back; its purchase by the national collection | the brooch was an heirloom that passed from an Irish workshop to a Norse owner | the brooch was made by Norse craftsmen | Workmen found the Hunterston brooch on the Hunterston estate in 1830. | The back of the Hunterston brooch carries an inscription in Norse runes.
A Ship in a Mound | Norwegian archaeology | the Gokstad ship | the archaeologist Nicolay Nicolaysen, the farmers of Gokstad and the man buried in the ship | the mound at Gokstad near Sandefjord | 1880 to 1893 | the digging of the mound by the farmer's sons; the burial chamber and its robbed grave goods; the replica that crossed the Atlantic | the copy's voyage, not the burial, made the ship famous | the ship was built only for burial | Nicolay Nicolaysen excavated the Gokstad ship from its burial mound in 1880. | A replica of the Gokstad ship sailed across the Atlantic to Chicago in 1893.
Silver Plates in a Bog | Danish archaeology | the Gundestrup cauldron | the peat cutters who found it, the museum in Copenhagen and the unknown silversmiths who made it | a peat bog near Gundestrup in Himmerland | 1891 | the plates found stacked in the peat; the images of gods and animals; the argument over where it was made | the cauldron was made far from Denmark and travelled before it was buried | the cauldron is a Celtic work made in Gaul | Peat cutters dug up the Gundestrup cauldron in 1891. | The cauldron had been taken apart into separate silver plates before it was buried.
Two Horns Melted Down | Danish history | the golden horns of Gallehus | the girl who found the first horn, the royal collection in Copenhagen and the thief Niels Heidenreich | the village of Gallehus in southern Jutland | 1639 to 1802 | the first horn found by a girl on her way to work; the second horn found nearby a century later; the theft and melting down of both | the horns became national treasures only after they were lost | the copies show exactly what the horns looked like | The first golden horn of Gallehus was found in 1639. | Niels Heidenreich stole the golden horns from the royal collection in Copenhagen in 1802.
Horns and Warning Notes | Welsh history | the Scotch Cattle | the colliers of the Monmouthshire valleys, the coal owners and the magistrates who hunted the herds | the mining villages of Monmouthshire | 1822 to 1835 | the masked night visits to strikebreakers; the warning notes signed by the bull; the collier tried and hanged at Monmouth | the Scotch Cattle enforced a community's own law in valleys without police | the herds were simple gangs of thugs | Groups calling themselves the Scotch Cattle enforced strikes in the Monmouthshire coalfield in the 1820s. | A collier named Edward Morgan was hanged at Monmouth in 1835 for a killing during a Scotch Cattle raid.
Wasting the North | English history | the Harrying of the North | William the Conqueror, the northern rebels and the Danish fleet in the Humber | Yorkshire and the lands between the Humber and the Tees | 1069 to 1086 | the rising that killed the new earl at Durham; the winter campaign of burning; the waste recorded twenty years later | the harrying was a deliberate policy of famine and not a punishment run wild | the chroniclers exaggerated the destruction | William the Conqueror's army laid waste large parts of northern England in the winter of 1069. | The great survey of 1086 recorded many northern manors as waste.
A Prince in the Channel | English history | the wreck of the White Ship | Henry I, his son William Adelin and the crew who had drunk too much | the harbour mouth at Barfleur in Normandy | 1120 to 1135 | the drinking on board before sailing; the rock at the harbour mouth; the succession crisis when the king died | one drunken night at Barfleur led straight to nineteen years of civil war | the crisis would have come anyway | Henry I's only legitimate son drowned when the White Ship sank off Barfleur in November 1120. | Henry I died in 1135 without a legitimate son to succeed him.
A Queen Who Never Reigned | English history | the war between Stephen and Matilda | the empress Matilda, her cousin King Stephen and the barons who changed sides | England and Normandy | 1135 to 1153 | the oath that the barons had sworn to Matilda; the capture of Stephen at Lincoln; the settlement at Wallingford | the war ended in compromise because neither side could hold London and the barons at once | Stephen's reign was nineteen years of anarchy | Stephen of Blois seized the English crown in December 1135. | A settlement in 1153 made Matilda's son heir to the throne.
An Earl Lets the Vikings Cross | English history | the battle of Maldon | the ealdorman Byrhtnoth, his household warriors and the Viking crews camped on the island | the causeway to Northey Island near Maldon | 991 to 1731 | the tide that held the two armies apart; the permission to cross the causeway; the poem that praised the men who died | Maldon is remembered through a poem that turned a defeat into a lesson in loyalty | Byrhtnoth lost through pride alone | The ealdorman Byrhtnoth was killed fighting a Viking army at Maldon in 991. | King Aethelred paid the first large tribute to the Vikings in 991.
A King Surprised by the Derwent | English history | the battle of Stamford Bridge | King Harold Godwinson, his exiled brother Tostig and the Norwegian king Harald Hardrada | the crossing of the Derwent east of York | 1066 | the Norwegian landing in the Humber; the forced march from the south; the return march to the coast | Harold's victory at Stamford Bridge cost him the strength he needed at Hastings | Stamford Bridge did not affect the result at Hastings | King Harold defeated Harald Hardrada at Stamford Bridge in September 1066. | Harold was killed at Hastings in October 1066.
A Regent Caught at Night | Scottish history | the battle of Dupplin Moor | Edward Balliol, the exiled lords known as the Disinherited and the Scottish regent the Earl of Mar | the moor above the river Earn | 1332 | the small invading force that sailed from the Humber; the night crossing of the river; the crush in which the Scots died | Dupplin Moor showed the English how dismounted men and archers could beat a larger army | Balliol won with luck alone | Edward Balliol's small army defeated the Scottish regent at Dupplin Moor in August 1332. | Edward Balliol was crowned king at Scone in September 1332.
Red Harlaw | Scottish history | the battle of Harlaw | Donald, Lord of the Isles, the Earl of Mar and the burgesses of Aberdeen | the field at Harlaw near Inverurie | 1411 | the dispute over the earldom of Ross; the Highland army's march towards Aberdeen; the ballads written long after | Harlaw was a quarrel over an inheritance that later ballads recast as Highlands against Lowlands | the battle saved Lowland civilisation | Donald, Lord of the Isles fought the Earl of Mar at Harlaw in July 1411. | Donald's army withdrew to the west after the battle in 1411.
Fog on Easter Morning | English history | the battle of Barnet | Edward IV, the Earl of Warwick and the Earl of Oxford's men who lost their way in the fog | the high ground north of Barnet | 1471 | the king's return from exile; the fog that made one side attack its own friends; the death of Warwick | Barnet was decided by fog and a badge mistaken for the enemy's | Warwick was beaten by a better general | Edward IV defeated the Earl of Warwick at Barnet in April 1471. | Warwick died in the rout at Barnet in 1471.
A Defeat off the Sussex Coast | naval history | the battle of Beachy Head | the admiral Arthur Herbert, Earl of Torrington, the Dutch squadron and the French admiral Tourville | the sea off Beachy Head | 1690 | the order to fight an enemy that outnumbered the fleet; the Dutch ships left to face the French; the court martial afterwards | Torrington's retreat kept a fleet in being when fighting would have lost it | Torrington was a coward who abandoned his allies | A French fleet under Tourville defeated the English and Dutch fleets off Beachy Head in July 1690. | A court martial acquitted the Earl of Torrington in December 1690.
Fire Ships at La Hogue | naval history | the battles of Barfleur and La Hogue | the French admiral Tourville, the English admiral Edward Russell and the army waiting to invade England | the Cotentin coast from Barfleur to La Hogue | 1692 | the French fleet ordered to sail before it was ready; the battle off Barfleur; the burning of the ships at La Hogue | the invasion of 1692 was lost by an order from Versailles, not by French seamanship | the French were beaten by superior English gunnery | An English and Dutch fleet defeated Tourville off Barfleur in May 1692. | Boats from the allied fleet burned French ships at La Hogue in 1692.
A Fleet Cut in Two | naval history | the battle of Cape St Vincent | Admiral John Jervis, Commodore Horatio Nelson and the Spanish fleet of Admiral Cordoba | the sea off Cape St Vincent in Portugal | 1797 | the gap in the Spanish line; the commodore who left his place to fill it; the rewards and quarrels afterwards | Cape St Vincent was won by Jervis's plan and then claimed by Nelson's storytelling | Nelson won the battle single-handed | Admiral John Jervis defeated a larger Spanish fleet off Cape St Vincent in February 1797. | John Jervis was made Earl of St Vincent in 1797.
A River Crossing at Assaye | Indian history | the battle of Assaye | the general Arthur Wellesley, the Maratha armies of Sindhia and the sepoy battalions of the Company | the fork of the Kaitna and the Juah rivers | 1803 | the discovery of the whole Maratha army in camp; the crossing at a ford the guides said did not exist; the Maratha guns served to the last | Assaye was won by a river crossing that the guides said was impossible | the Maratha army was no more than a rabble | Arthur Wellesley defeated the Maratha armies of Sindhia at Assaye in September 1803. | Sindhia signed a peace treaty with the Company's government in December 1803.
The Last Welsh Prince | Welsh history | the rising of Owain Glyndwr | Owain Glyndwr, his Welsh followers and the English king Henry IV | Wales and the Marches | 1400 to 1415 | the quarrel with a neighbouring lord over land; the Welsh parliament at Machynlleth; the years in hiding | the rising began in a local quarrel and became a national revolt because the crown refused to settle it | one ambitious landowner caused the whole rising | Owain Glyndwr was proclaimed Prince of Wales in September 1400. | Owain Glyndwr held a parliament at Machynlleth in 1404.
A Siege Relieved in the Rain | German history | the battle of Nordlingen | the Cardinal-Infante Ferdinand, the Swedish generals Horn and Bernhard and the besieged citizens of Nordlingen | the hills south of Nordlingen in Swabia | 1634 to 1635 | the Spanish army marching north to the Netherlands; the attacks on the Albuch hill; the peace of Prague that followed | Nordlingen ended Swedish dominance in southern Germany and brought France openly into the war | the Swedish army was beaten by superior numbers alone | A Spanish and imperial army defeated the Swedes at Nordlingen in September 1634. | The peace of Prague was agreed in May 1635.
An Oblique Attack in the Snow | German history | the battle of Leuthen | Frederick II of Prussia, the Austrian army of Prince Charles of Lorraine and the soldiers who marched across the frozen fields | the villages west of Breslau in Silesia | 1757 to 1763 | the winter march to recover Silesia; the attack on the Austrian flank hidden by low hills; the long war that still followed | Leuthen was won by ground Frederick knew from peacetime manoeuvres | Leuthen was a miracle of genius | Frederick II defeated a larger Austrian army at Leuthen in December 1757. | Prussia and Austria made peace at Hubertusburg in February 1763.
Cavalry behind the Hill | German history | the battle of Rossbach | Frederick II, his cavalry general Seydlitz and the French and imperial army of Soubise | the fields near Rossbach in Saxony | 1757 | the allied march to turn the Prussian flank; the cavalry hidden behind the Janus hill; the rout in ninety minutes | Rossbach was won because the allies marched across Frederick's front believing he was retreating | the French army was simply incompetent | Frederick II defeated a French and imperial army at Rossbach in November 1757. | The cavalry general Friedrich Wilhelm von Seydlitz led the Prussian horse at Rossbach in 1757.
A King in Despair | German history | the battle of Kunersdorf | Frederick II, the Russian general Saltykov and the Austrian general Loudon | the hills east of Frankfurt on the Oder | 1759 to 1762 | the attack across broken ground in the heat; the king's letter saying that all was lost; the allies who failed to follow up | Frederick survived Kunersdorf because his enemies quarrelled about what to do next | the Prussian army was destroyed for good | Russian and Austrian armies defeated Frederick II at Kunersdorf in August 1759. | Empress Elizabeth of Russia died in January 1762.
A King Lost in the Mist | Swedish history | the battle of Lutzen | Gustavus Adolphus of Sweden, the imperial general Wallenstein and the Swedish infantry who fought on after the king fell | the road and the ditches by Lutzen in Saxony | 1632 to 1634 | the Swedish attack across the sunken road; the king riding into the mist; the victory won without him | Lutzen was a Swedish victory that lost Sweden the man who held its alliance together | the battle was a draw | Gustavus Adolphus of Sweden was killed at the battle of Lutzen in November 1632. | Wallenstein was murdered at Eger in February 1634.
A New Way to Fight | Swedish history | the battle of Breitenfeld | Gustavus Adolphus, the Saxon allies who ran and the imperial general Tilly | the plain north of Leipzig | 1631 | the sack of Magdeburg that brought Saxony into the war; the light guns moved with the infantry; the flight of the Saxons and the Swedish recovery | Breitenfeld was won by flexible small units that could turn to face a new front | the Swedes won because of their faith | Gustavus Adolphus defeated the imperial army of Tilly at Breitenfeld in September 1631. | Imperial troops under Tilly had sacked Magdeburg in May 1631.
A Snowstorm at Narva | Swedish history | the battle of Narva | Charles XII of Sweden, the Russian army besieging the town and Peter I, who had left before the battle | the Russian siege lines around Narva | 1700 to 1704 | the Swedish march through the autumn mud; the snowstorm blowing into Russian faces; the Russian army rebuilt after the defeat | Narva taught Peter I more than it taught Charles XII | Narva proved that the Russian army was worthless | Charles XII defeated a much larger Russian army at Narva in November 1700. | Russian forces took Narva in 1704.
An Army Caught at the River | Habsburg history | the battle of Zenta | Prince Eugene of Savoy, the Habsburg army and the Ottoman army crossing the Tisza | the bridge of boats over the Tisza at Zenta | 1697 to 1699 | the long march to catch the Ottoman army; the attack while half the army was across; the peace of Karlowitz | Zenta was won by attacking an army halfway across a river | Eugene won by disobeying his orders | Prince Eugene of Savoy defeated an Ottoman army crossing the Tisza at Zenta in September 1697. | The treaty of Karlowitz was signed in January 1699.
"""

SCHOLARS = ["Gotobed", "Hindmarsh", "Inchbald", "Lumbard", "Tozer", "Umfreville", "Vowles", "Winterbottom", "Zouch",
            "Crabtree", "Birtwhistle", "Cheesewright", "Dollimore", "Eggleton", "Hammersley", "Jolliffe", "Mellanby",
            "Nutbrown", "Sidebottom", "Unsworth", "Ackroyd", "Tunnicliffe", "Micklethwaite", "Entwistle"]

OPENING = [
    "School history gave {x} a single paragraph, and that paragraph was mostly wrong.",
    "I first met {x} on a brown heritage sign beside a ring road.",
    "Few episodes have been rewritten as often as {x}.",
    "Every generation seems to want its own version of {x}.",
    "Try finding two writers who agree on what {x} settled.",
    "Old guidebooks treat {x} as closed; newer work does not.",
    "Most people picture {x} through a Victorian painting rather than a document.",
    "A stray line in an old almanac first sent me after {x}.",
    "Local memory and national history keep {x} in quite different drawers.",
    "The trouble with {x} starts with its dates.",
    "Popular retellings give {x} heroes, scoundrels and a lesson.",
    "There is an easy version of {x}, and it deserves suspicion.",
    "Visitors to the site of {x} usually hear a story older than its evidence.",
]
FRAME = [
    "Most of what follows takes place in {setting}.",
    "The main actors are {people}.",
    "I keep chiefly to {period}, stepping outside it only near the end.",
    "Where sources give out, I admit it.",
    "Chronology matters here more than usual.",
    "Some loose ends stay loose.",
]
ROADMAP = [
    "I start with {s1}, turn next to {s2}, and hold back the hardest objection until near the end.",
    "Every section puts a single part of the received story on trial.",
    "The account moves forward through time, with one step sideways.",
    "{S1} takes the most room, having left the best paper behind.",
    "Readers who disagree are given a hearing before my conclusion.",
]
QUESTION_LEAD = [
    "Behind every detail sits a plain query: {question}",
    "My recurring question is simple: {question}",
    "What drew me in was this: {question}",
    "In the end this essay asks: {question}",
]
QUESTIONS = ["who, in the end, gained by {x}?",
             "how free were {people} to act otherwise?",
             "why has the simplest telling of {x} survived so long?",
             "how different would {setting} look today had that day gone the other way?"]
CLAIM_THESIS = [
    "My case below is that {thesis}.",
    "These pages maintain that {thesis}.",
    "Read fairly, the record implies that {thesis}.",
    "Stated plainly, {thesis}.",
    "Looking hard at {s1}, {s2} and {s3} persuades me that {thesis}.",
    "A more careful account would concede that {thesis}.",
    "By my final paragraph I hope it will be plain that {thesis}.",
    "Our best witnesses point one way: {thesis}.",
]
CONTEXT = [
    "Strain had been mounting long before the day itself.",
    "Grievances were older than anybody who voiced them.",
    "{People} had less room to choose than later writers assume.",
    "Nobody then could tell which account would last.",
    "Old loyalties were already wearing thin.",
    "Whoever first wrote it down had a reputation to guard.",
    "{Scholar} dates its beginnings to a much earlier quarrel.",
    "Most of the surviving correspondence comes from {setting}.",
    "What happened, and in what order, is agreed; why is not.",
    "Rules had piled up for years without anyone clearing them.",
    "Law said one thing and habit another.",
    "Every witness saw just one corner of the field.",
]
NAMING = [
    "First, a word on the label {x}.",
    "Nobody at the time said {x}.",
    "{People} used names for themselves that jar today.",
    "Modern labels appear here purely to save space.",
    "Even the name {x} takes a side.",
    "Few words in this subject travel without baggage.",
]
RECORD = [
    "Our knowledge of {x} rests on three kinds of source.",
    "Official papers from {setting} record what was done but seldom why.",
    "Letters by {people} are vivid, though written for their recipients alone.",
    "Early press reports of {x} were fast and often wrong.",
    "Reminiscences written long after brighten the picture without settling it.",
    "The ground itself, with its ditches and walls, can test what writers claimed.",
]
CAST = [
    "Who, then, took part in {x}?",
    "{People} pursued clashing aims.",
    "Only a handful wrote anything down.",
    "{Scholar} spends as long on obscure participants as on famous ones, correctly.",
    "Orders sent from far off limited what anyone on the spot could do.",
]
STRAND_IN = [
    "Consider first {s}.",
    "Richest of all is the material on {s}.",
    "Easy to overlook, yet it matters: {s}.",
    "A fair account has to include {s}.",
    "Oddly few writers pause over {s}.",
    "After that comes {s}.",
    "Much of the argument hangs on {s}.",
    "It pays to go slowly over {s}.",
    "In parallel there was {s}.",
    "Documents dwell longest on {s}.",
]
POINT = [
    "Read closely, the accounts of {s} are full of doubt.",
    "Whoever first described {s} made it sound neater than it was.",
    "With hindsight {s} looks certain; at the time it looked anything but.",
    "{Scholar} treats {s} first as a question of food, carts and timing.",
    "The loudest voices on {s} often knew least about it.",
    "Nothing about {s} was secret, and few complained.",
    "{People} quarrelled among themselves over {s}.",
    "Estimates of {s} depend heavily on who was counting.",
    "Much of {s} was settled out of any commander's sight.",
    "Some accounts of {s} were written to pay off old debts.",
    "Knowing {setting} well shaped {s} in ways outsiders missed.",
    "The dull details of {s}, such as rations and pay, tell us most.",
    "Rumour ran ahead of orders all through {s}.",
    "News crept slowly during {s}, and that made a difference.",
    "Many repeated claims about {s} go back to one memoir.",
    "Once {s} was under way, turning back was hard.",
]
NUMBERS = [
    "{Scholar} ({year}) tallied {num} cases and tied almost {pct} per cent to {s}.",
    "{Scholar} listed {num} letters, {pct} in every hundred of which mention {s}.",
    "{Scholar} ({year}) attributes maybe {pct} per cent of the consequences to {s}.",
    "{Scholar} went through {num} files in {year}; almost every one touches on {s}.",
    "In {num} comparable episodes {Scholar} ({year}) found {s} nearly every time.",
    "{Scholar} admits a small sample but calls its verdict on {s} steady.",
    "{Scholar} ({year}) gives {s} a weight of about {pct} per cent.",
    "{Scholar} distrusts the witnesses that earlier writers on {s} leaned upon.",
]
CASES = [
    "{Scholar} reconstructs it all from a single household's correspondence.",
    "In {setting}, {people} coped with {s} by improvising.",
    "That same shape turns up well away from {setting}.",
    "Nothing about {s} was unusual.",
    "This pattern comes back again and again across {period}.",
    "{People} returned to it often in later memories.",
    "Further instances of {s} turn up readily.",
]
LINK_BACK = [
    "Writ small, then, {s} suggests that {thesis}.",
    "A lone example settles nothing, though it jars with the standard view of {s}.",
    "Leave out {s} and the episode loses what drove it.",
    "Again, {s} fits the claim that {thesis}.",
    "The gap looked slight on paper; inside {s} it felt enormous.",
    "If I am wrong about {s}, something else must explain this.",
    "Remove {s} and familiar verdicts begin to shake.",
]
PIVOT = ["Then came {s}, and everything shifted.", "After that, {s} arrived.",
         "From here, all depended on {s}.", "{S} changed what everyone could do."]
CITE_LEAD = [
    "{Scholar} sums up {setting} in a sentence:",
    "Long afterwards, someone raised in {setting} remembered:",
    "Addressing an audience on {x} in {year}, one speaker said:",
    "{Scholar} does not soften her point about {s}:",
    "{Scholar} is at her most direct on {s}:",
]
CITED = [
    "Under a magnifying glass the schoolbook {x} dissolves.",
    "Inside {s}, nobody thought of history; there were chores to finish.",
    "Memory shrinks {x} into a few hours; the papers show weeks of routine.",
    "Once you have read all of it, {s} stops looking strange.",
    "{X} occurred once; every retelling since has added something.",
    "Dull paperwork about {s} is worth more than a witness who likes a good yarn.",
]
CITE_AFTER = [
    "Too tidy, perhaps, but true.",
    "One witness only, granted, but one who stood near.",
    "She paid for saying it, which is reason enough to listen.",
    "The details have faded; the point has not.",
]
CITE_AFTER2 = [
    "{People} echo it in their own correspondence.",
    "No one then needed {s} explained.",
    "Nobody has tried it outside {setting}.",
    "Mostly it sheds light on {s}.",
    "Schoolbooks on {x} skip it.",
]
LIST_INTRO = [
    "Where {x} did least damage, a few conditions keep appearing:",
    "When {people} came off best, similar things tend to be present:",
    "Matters in {setting} would have gone better with:",
    "Where {setting} did well, one usually finds:",
]
LIST_POINT = [
    "commanders who grasped {s} in time",
    "real consultation with {people} about {s}",
    "quick repairs once {s} faltered",
    "outside scrutiny of {s}",
    "quiet rehearsals of {s} beforehand",
    "honest costings of {s}",
]
LIST_EXTRA = ["money for {x} that could not be clawed back", "an official able to stop {x} outright",
              "a proper archive for {x}", "a date by which {x} had to be looked at afresh"]
COMPARE = [
    "Set beside similar episodes, {x} looks much less strange.",
    "Elsewhere, communities under similar strain took opposite roads.",
    "Early talks with {people} tended to calm things.",
    "Comparison breaks down at {s2}, which had no real parallel.",
    "Almost to the end, the outcome in {setting} remained open.",
    "Where critics of {x} could speak openly, outcomes tended to be milder.",
]
COUNTERFACT = [
    "Imagine {s2} turning out differently.",
    "Speculation of this kind settles nothing about {x}; it merely reveals the load-bearing parts.",
    "Without {s1}, nobody can say what would have followed in {setting}.",
    "{People} would then have met unfamiliar dilemmas.",
    "Pushed too far, this game makes a hard outcome look optional.",
]
LEGACY = [
    "{X} ended, but its effects did not.",
    "Memory of {x} guided choices in {setting} for a generation.",
    "{People} told their grandchildren their own account.",
    "Each later inquiry came back to {s3}.",
    "Each anniversary of {x} brings new versions, each slightly bent.",
    "Many tidy morals drawn from {x} collapse on re-examination.",
]
DOUBT = [
    "Against all this, someone might argue that {rival}.",
    "The main rival view says that {rival}.",
    "Some specialists reply that {rival}.",
    "A sceptic could answer that {rival}.",
    "Read one way, a handful of letters suggest that {rival}.",
]
DOUBT_MORE = [
    "{People} would have known that view.",
    "It has serious supporters and deserves a reply.",
    "{Scholar2} ({year2}) devotes a whole chapter to it.",
    "The objection is not empty: whatever was decided during {x}, somebody suffered for it.",
]
ANSWER = [
    "Yet papers from {setting} tell another story.",
    "On {s2} it is silent.",
    "And the argument assumes the very thing it claims to show.",
    "That reading makes {x} tidier than its records allow.",
    "By that logic, every place like {setting} would have ended alike.",
    "Of course there were losers; whether their loss decided anything is unproven.",
]
CLOSE_FIRST = [
    "To sum up, {thesis}.",
    "Taken together, the sources support one account of {x}.",
    "Debate about {x} is not over.",
    "What, in the end, should we make of {x}?",
    "The lines of evidence meet in one place: {thesis}.",
    "Peel back the myth and one verdict on {x} is left.",
    "{X} is too often turned into a slogan that nobody checks.",
]
CLOSE_MID = [
    "Alone, none of {s1}, {s2} or {s3} explains much; together they explain almost everything.",
    "Some still hold that {rival}; the papers disagree.",
    "Small facts about {s1}, not grand theories, carry this argument.",
    "Those who first argued over {x} are long dead; their argument is not.",
    "Uncatalogued papers in {setting} could still alter some details.",
    "Shorn of legend, {x} shrinks to what its records can bear.",
]
CLOSE_LAST = [
    "{People} bore the costs long after reporters had gone home.",
    "{Setting} and its neighbourhood should be studied next.",
    "Those who directed {x} had other choices open to them throughout.",
    "{X} shows us habits and offices rather than villains.",
    "{X} deserves a fresh telling, with more care.",
    "{X} belongs under a different heading from the usual one.",
    "In the end {x} is the story of {people} more than of its celebrities.",
]
HD_BACK = ["The background", "Before the day", "How things stood", "The road there", "Origins", "What came first"]
HD_NAMING = ["On naming", "Terms", "Labels"]
HD_RECORD = ["The sources", "What survives", "Records"]
HD_CAST = ["The people", "Who took part", "Participants"]
HD_STRAND = ["{S}", "About {s}", "Looking at {s}", "{S} reconsidered", "Next, {s}", "The matter of {s}"]
HD_COMPARE = ["Parallels", "Other places", "Comparable cases"]
HD_COUNTER = ["Counterfactuals", "Other outcomes", "If it had ended differently"]
HD_LEGACY = ["Aftermath", "What followed", "Later years"]
HD_DOUBT = ["Objections", "A rival view", "The other side", "Replying to critics", "A second reading", "Doubts"]
HD_CLOSE = ["Conclusion", "To finish", "Final thoughts", "Taking stock", "Judgement"]

# Cited studies stop at 2012; crevichon, the oldest host, dates from 2014.
LATEST_STUDY = 2012


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
        cards.append(dict(id=f"k{n:03d}", title=title, subject=subject, x=x, people=people, setting=setting,
                          period=period, strands=[s.strip() for s in strands.split(";")], thesis=thesis, rival=rival,
                          facts=[fact1, fact2]))
    return cards


def make_essay(card: dict, rng: random.Random) -> dict:
    """Builds an essay out of `card`.

    Sequence: opener (x first, thesis last; frame, plan and question sentences may sit between);
    background with fact one, plus fact two unless strand two claims it; perhaps a naming, sources or cast
    paragraph; each strand given one paragraph or two, now and then after a brief pivot and before a quoted
    passage or bullet points; perhaps parallels, counterfactual musing or aftermath; rival view and
    rebuttal; a closing whose last words name x, its participants, or where it happened. Headings depend on a coin flip. No pattern
    appears twice per essay, and card details stop sentences turning up in two essays."""
    unused: dict[int, list[str]] = {}

    def take(pool: list[str]) -> str:
        rest = unused.setdefault(id(pool), rng.sample(pool, len(pool)))
        return rest.pop() if rest else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    pair = rng.sample(SCHOLARS, 2)
    slots = dict(x=card["x"], X=cap(card["x"]), people=card["people"], People=cap(card["people"]),
                 setting=card["setting"], Setting=cap(card["setting"]), period=card["period"], s1=s1, s2=s2, s3=s3,
                 S1=cap(s1), thesis=card["thesis"], rival=card["rival"], Scholar=pair[0], Scholar2=pair[1])
    ended = int(re.findall(r"\d{4}", card["period"])[-1])
    low = min(max(1950, ended + 5), LATEST_STUDY)

    def fill(pattern: str, s: str | None = None) -> str:
        extra = dict(s=s or s1, S=cap(s or s1), year=rng.randint(low, LATEST_STUDY),
                     year2=rng.randint(low, LATEST_STUDY),
                     pct=rng.choice([7, 11, 14, 18, 23, 26, 32, 38, 41, 47, 53, 58, 61, 66]),
                     num=rng.choice([12, 17, 26, 33, 41, 58, 64, 71, 88, 109, 134, 171]))
        return pattern.format(**slots, **extra)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    def with_card(pool: list[str], k: int) -> list[str]:
        # pattern 0 in such pools mentions card material, tying the paragraph to its own essay
        picked = [pool[0]] + rng.sample(pool[1:], k)
        return [fill(q) for q in picked]

    slots["question"] = cap(fill(rng.choice(QUESTIONS)))
    headed = rng.random() < 0.5
    blocks: list[tuple] = []
    thesis = fill(take(CLAIM_THESIS))
    opener = fill(take(OPENING))
    first = [opener]
    parts: list[str] = []
    for share, pool, name in ((0.3, FRAME, "frame"), (0.26, ROADMAP, "plan"), (0.28, QUESTION_LEAD, "question")):
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
    for low_, high, pool, heads, name in ((0.0, 0.13, NAMING, HD_NAMING, "terms"), (0.13, 0.28, RECORD, HD_RECORD, "sources"),
                                          (0.28, 0.4, CAST, HD_CAST, "people")):
        if low_ <= aside < high:
            parts.append(name)
            if headed:
                blocks.append(("heading", fill(take(heads))))
            blocks.append(para(*with_card(pool, rng.randint(2, 3))))
    strands = [s1, s2, s3] if rng.random() < 0.7 else [s1, s2]
    quote_at = rng.randrange(len(strands)) if rng.random() < 0.4 else None
    list_at = rng.randrange(len(strands)) if rng.random() < 0.32 else None
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
        if rng.random() < 0.5:
            body.insert(2, fill(take(POINT), s))
        if rng.random() < 0.45:
            body.insert(rng.randint(2, len(body)), fill(take(CASES), s))
        if later and i == 1:
            body.insert(1, later.pop())
        if rng.random() < 0.3 and len(body) > 3:
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
    if extra < 0.45:
        parts.append("comparison" if extra < 0.17 else "what-if" if extra < 0.31 else "aftermath")
    if extra < 0.17:
        if headed:
            blocks.append(("heading", fill(take(HD_COMPARE))))
        blocks.append(para(*[fill(take(COMPARE)) for _ in range(rng.randint(3, 4))]))
    elif extra < 0.31:
        if headed:
            blocks.append(("heading", fill(take(HD_COUNTER))))
        blocks.append(para(*with_card(COUNTERFACT, rng.randint(2, 3))))
    elif extra < 0.45:
        if headed:
            blocks.append(("heading", fill(take(HD_LEGACY))))
        blocks.append(para(*with_card(LEGACY, rng.randint(2, 3))))
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
                objection=objection, last=last, wrap_up=end[0], figures=figures, leads=leads, links=links,
                points=points, headed=headed, parts=parts)


# ------------------------------------------------------------------------------------- common to all four hosts

ESSAYS_BY_TITLE: dict[str, dict] = {}  # main() populates; related boxes quote from here
ESSAY_PAGES: dict[str, list[int]] = {}  # host -> numbers of pages with essays
SITE_TITLES: dict[str, list[str]] = {}  # host -> titles, ordered by page
SEED = 2032  # main() replaces it; drives which pages get scarce blocks


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def paragraphs_of(title: str) -> list[str]:
    return [block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]


def only_in(text: str, title: str) -> bool:
    """True when `text` is found inside `title`'s essay alone among those selected."""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def _quoted(title: str, sen: str) -> str:
    assert any(sen in p for p in paragraphs_of(title)) and only_in(sen, title), (title, sen)
    return sen


def objection_of(title: str) -> str:
    """Objection sentence: the rival view, stated."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["objection"])


def first_figure_of(title: str) -> str:
    """Strand one's figure sentence."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["figures"][0])


def second_fact_of(title: str) -> str:
    """Fact two, in whichever paragraph took it."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["card"]["facts"][1])


def last_lead_of(title: str) -> str:
    """Opening sentence of the final strand."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["leads"][-1])


class Page(g2.Page):
    """Set 2's page class, extended with host, card and neighbouring titles."""

    def __init__(self, essay, rng, index, site_titles, site: str):
        super().__init__(essay, rng, index, site_titles)
        self.site = site
        self.topic = essay["tags"][0]
        self.category = cap(self.topic)
        self.card = essay["card"]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})


class IndexPage:
    """Essayless template page that merely mentions or lists essays."""

    def __init__(self, site: str, index: int, site_titles: list[str], rng: random.Random, kind: str):
        self.site, self.index, self.rng, self.kind = site, index, rng, kind
        self.site_titles = list(site_titles)

    def truth(self) -> str:
        return "site:\nno_essay: true\n---\n"


def _drawn(site: str, role: str, count: int) -> list[int]:
    return sorted(random.Random(f"set32:{SEED}:{site}:{role}").sample(ESSAY_PAGES[site], count))


def carries(site: str, role: str, count: int, page: Page) -> bool:
    """True if `role`'s seeded pick of `count` essay pages contains this one."""
    return page.index in _drawn(site, role, count)


def rank_of(site: str, role: str, count: int, page: Page) -> int | None:
    """Position inside `role`'s ascending pick, or None when absent."""
    chosen = _drawn(site, role, count)
    return chosen.index(page.index) if page.index in chosen else None


def placed_before(site: str, role: str, page: Page) -> bool:
    """Shuffles essay pages deterministically; the leading half (rounded up) shows the mover over the essay."""
    order = list(ESSAY_PAGES[site])
    random.Random(f"set32:{SEED}:{site}:{role}:above").shuffle(order)
    return page.index in order[:(len(order) + 1) // 2]


def digest(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def number(*parts, mod: int, base: int = 0) -> int:
    return int(digest(*parts, n=8), 16) % mod + base


def slot_in(pieces: list, pos: int, piece) -> None:
    """Places `piece` around `pos`, stepping back over subheads and colon-ending lead-ins; index 1 at least."""
    while pos > 0 and pieces[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    pieces.insert(max(pos, 1), piece)


def shown_pieces(p: Page, heading, para, quote_, listing) -> list[tuple[str, object]]:
    """Markup for shown blocks with kind tags; lead-ins ending ':' are tagged "lead"."""
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
    """Subtracts the same number of years from every reference date, so none exceeds `latest` (set 1 goes to 2023)."""
    shift = max(0, 2023 - latest)
    move = lambda text: re.sub(r", (\d{4})(?=[.,])", lambda m: f", {int(m.group(1)) - shift}", text)
    p.refs = [(move(plain), move(markup)) for plain, markup in p.refs]


def pages_word(n: int) -> str:
    return "page" if n == 1 else "pages"


def long_date(d: date) -> str:
    return f"{d.strftime('%A')} {d.day} {d.strftime('%B %Y')}"


def naval(card: dict) -> bool:
    return card["subject"] == "naval history"


def found_object(card: dict) -> bool:
    return "archaeology" in card["subject"]


# ---- 1. burhou: a wargames club's scenario pages, built of definition lists, 2016 --------------------------------

BU_CLUB = "Brackenfold Wargames Club"
BU_UMPIRES = [("Trevor", "Clegg"), ("Gareth", "Duckworth"), ("Alan", "Heathcote"), ("Keith", "Ainscough"),
              ("Nigel", "Fazackerley"), ("Stuart", "Shuttleworth"), ("Colin", "Bairstow"), ("Malcolm", "Crowther")]
BU_SCALES = ["15mm figures, one base standing for 200 men", "6mm blocks, one base to a battalion",
             "28mm skirmish figures, each one a man"]
BU_SHIPS = "1/3000 models, one to a ship"
BU_RULES = ["Muster and March (club edition)", "Pike, Shot and Powder, second edition with our amendments",
            "the club's own Crossfire Sheets"]
BU_TABLES = ["6ft by 4ft", "8ft by 5ft", "the long 12ft trestle"]
BU_NOTES = [  # (label, text) for dd remarks set between paragraphs
    ("House rule:", "formed units that lose their general test morale at minus one for the following turn"),
    ("House rule:", "rivers count as rough going everywhere except at the marked fords"),
    ("Painting note:", "the club's flags for this period were done from plates in the library copy, not from the internet"),
    ("Painting note:", "greatcoats in grey-brown look right on the table even where the books disagree"),
    ("Dice note:", "we roll one average die for each unit's arrival, so reinforcements come on in turns two to five"),
    ("Dice note:", "both sides roll for the weather before deployment; a six brings rain and halves all shooting"),
]
BU_NOTICES = [
    "Club nights move to the Scout hut on Mill Road for three weeks while the Drill Hall floor is relaid.",
    "Subs for 2016 are due: \u00a330 a year, or \u00a32 on the door for visitors.",
    "Bring and buy table at the November open day; label everything with your name and price.",
]
BU_COOKIE = "One cookie remembers your forum login; nothing else here sets any."
BU_CREDIT = "Scenario umpires write these notes up from the books in the club library, for players to read before the night."
BU_WALL = "Signed-in members get the other {words} words of these notes on the forum."
BU_TIP = ("Umpire's tip: {x} plays best with hidden deployment, so draw the table on paper first and reveal units "
          "only when they move or fire.")
BU_NAV = ["Home", "Scenario folder", "Club nights", "Painting table", "Bring and buy", "Join us"]


def bu_umpire(title: str) -> tuple[str, str]:
    return BU_UMPIRES[number("burhou", "umpire", title, mod=len(BU_UMPIRES))]


def bu_number(title: str) -> int:
    return 40 + SITE_TITLES["burhou"].index(title) * 3 + number("burhou", "no", title, mod=3)


def bu_players(title: str) -> str:
    return ["2 players", "2 to 4 players", "4 to 6 players", "a club night for 6"][number("burhou", "pl", title, mod=4)]


def bu_url(title: str) -> str:
    return f"/scenarios/{bu_number(title)}-{slug(title)}/"


def bu_head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} \u2013 {BU_CLUB}</title>
<link rel="stylesheet" href="/theme/brackenfold.css">
</head>"""


def bu_cookie_and_notice(page) -> tuple[str, str]:
    site = "burhou"
    cookie = notice = ""
    if isinstance(page, Page):
        turn = rank_of(site, "banner", 3, page)
        if turn is not None:
            notice = f'<dl class="notice"><dt>Club notice</dt><dd>{esc(BU_NOTICES[turn])}</dd></dl>\n'
            page.clutter += [BU_NOTICES[turn], "Club notice"]
        show = carries(site, "cookies", 12, page)
    else:
        show = True
    if show:
        cookie = f'<div class="cookie"><p>{esc(BU_COOKIE)} <a href="#ok">Fine</a></p></div>\n'
        if isinstance(page, Page):
            page.clutter.append(BU_COOKIE)
    return cookie, notice


def bu_frame(page, main: str, cookie: str, notice: str) -> str:
    nav = "".join(f'<li><a href="/{slug(n)}/">{esc(n)}</a></li>' for n in BU_NAV)
    return f"""<body>
{cookie}<div id="wrap">
<header><p class="club"><a href="/">{BU_CLUB}</a></p><p class="motto">Historical and fantasy gaming, Thursday evenings at the Drill Hall, Quarry Lane</p>
<ul class="menu">{nav}</ul></header>
{notice}<div id="body">
<div id="main">
{main}
</div>
<div id="side">
<dl class="side">
<dt>Next club night</dt><dd>Thursday, 7.30pm until the caretaker locks up</dd>
<dt>On the painting table</dt><dd>Ten members' armies in progress; photos in the gallery</dd>
<dt>New here?</dt><dd>Come along on any Thursday; we lend figures and explain the rules.</dd>
</dl>
</div>
</div>
<footer><p>\u00a9 {BU_CLUB} 2016. Site kept up by members in their spare time.</p></footer>
</div>
</body>
</html>
"""


BU_FRAME_CLUTTER = ["Historical and fantasy gaming, Thursday evenings at the Drill Hall, Quarry Lane", "Scenario folder",
                    "Club nights", "Painting table", "Bring and buy", "Next club night",
                    "Thursday, 7.30pm until the caretaker locks up", "On the painting table",
                    "Ten members' armies in progress; photos in the gallery", "New here?",
                    "Come along on any Thursday; we lend figures and explain the rules.",
                    f"\u00a9 {BU_CLUB} 2016.", "Site kept up by members in their spare time."]


def burhou(p: Page) -> str:
    rng = p.rng
    site = "burhou"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2015)
    first, last = bu_umpire(p.title)
    no = bu_number(p.title)
    scale = BU_SHIPS if naval(p.card) else BU_SCALES[number(site, "scale", p.title, mod=len(BU_SCALES))]
    rules = BU_RULES[number(site, "rules", p.title, mod=len(BU_RULES))]
    table = BU_TABLES[number(site, "table", p.title, mod=len(BU_TABLES))]
    figures = 60 + 20 * number(site, "figs", p.title, mod=18)

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<dd><{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}></dd>"

    pieces = shown_pieces(p, lambda v: f"<dt>{esc(v)}</dt>", lambda v, k: f"<dd>{esc(v)}</dd>",
                          lambda v: f"<dd><blockquote>{esc(v)}</blockquote></dd>", listing)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label, text = rng.choice(BU_NOTES)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<dd class="rule"><em>{esc(label)}</em> {esc(text)}</dd>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            night = date(2015, 9, 3) + timedelta(days=7 * number(site, "night", p.title, mod=40))
            caption = f"Photo: our refight on {night.day} {night.strftime('%B %Y')}, with {figures} figures a side"
            piece = (f'<dd class="pic"><img src="/gallery/{digest(site, "jpg", p.title, n=10)}.jpg" alt="" width="640">'
                     f"<br><small>{esc(caption)}</small></dd>")
        else:
            caption = f"Table plan, drawn for {table} (PNG, one sheet)"
            piece = f'<dd class="pic"><a href="/plans/{no}.png">{esc(caption)}</a></dd>'
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("media", piece))
    wall = ""
    if p.cut is not None:
        said = BU_WALL.format(words=fmt_int(p.rest_words()))
        wall = f'<dl class="locked"><dt>Behind the login</dt><dd>{esc(said)} <a href="/forum/login">Sign in</a></dd></dl>\n'
        p.clutter += [said, "Behind the login"]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<dt>Books in the club library</dt>"))
        pieces.append(("refs", "\n".join(f'<dd class="book">{mk}</dd>' for _, mk in p.refs)))
    body = "\n".join(h for _, h in pieces)
    length = f"Background notes: {fmt_int(p.words)} words ({p.pages} {pages_word(p.pages)} if printed for the table)"
    tip = BU_TIP.format(x=p.card["x"])
    tbox = f'<p class="tip">{esc(tip)}</p>\n'
    early = placed_before(site, "tip", p)
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<p class="credit"><small>{esc(BU_CREDIT)}</small></p>\n'
        p.clutter.append(BU_CREDIT)
    facts = [("Scenario", f"No. {no} in the folder"), ("Period", p.card["period"]), ("Scale", scale),
             ("Rules", rules), ("Table", table), ("Players", bu_players(p.title)), ("Umpire", f"{first} {last}"),
             ("Figures needed", f"about {figures} a side")]
    meta = "\n".join(f"<dt>{esc(a)}</dt><dd>{esc(b)}</dd>" for a, b in facts)
    p.clutter += [length, tip, "Historical background", "More scenarios from the folder", *BU_FRAME_CLUTTER,
                  *(b for _, b in facts), "Figures needed", "Players", "Scenario", "Period", "Umpire"]
    related = ""
    for t in rng.sample(p.others, 3):
        line = objection_of(t)
        u_first, u_last = bu_umpire(t)
        about = f"Umpire: {u_first} {u_last} \u00b7 {bu_players(t)}"
        related += (f'<dt><a href="{bu_url(t)}">{esc(t)}</a></dt><dd class="who">{esc(about)}</dd>'
                    f"<dd>Devil's advocate: {esc(line)}</dd>\n")
        p.clutter += [t, about, line, "Devil's advocate:"]
    cookie, notice = bu_cookie_and_notice(p)
    main = f"""<p class="crumbs"><a href="/">Home</a> \u203a <a href="/scenario-folder/">Scenario folder</a> \u203a No. {no}</p>
<h1>{esc(p.title)}</h1>
<dl class="facts">
{meta}
</dl>
<p class="count">{esc(length)}</p>
{tbox if early else ""}<dl class="bg">
<dt class="label">Historical background</dt>
{body}
</dl>
{wall}{credit}{"" if early else tbox}<h2>More scenarios from the folder</h2>
<dl class="more">
{related}</dl>"""
    return bu_head(p.title) + "\n" + bu_frame(p, main, cookie, notice)


def burhou_index(ix: IndexPage) -> str:
    """Folder listing, or autumn fixtures."""
    cookie, notice = bu_cookie_and_notice(ix)
    if ix.kind == "folder":
        rows = ""
        for t in ix.site_titles:
            f_, l_ = bu_umpire(t)
            card = ESSAYS_BY_TITLE[t]["card"]
            rows += (f'<dt>No. {bu_number(t)}: <a href="{bu_url(t)}">{esc(t)}</a></dt>'
                     f"<dd>{esc(card['period'])} \u00b7 umpire {esc(f_)} {esc(l_)} \u00b7 {bu_players(t)} \u00b7 "
                     f"{fmt_int(ESSAYS_BY_TITLE[t]['words'])} words of background</dd>\n")
        main = f"""<h1>The scenario folder</h1>
<p>Every scenario the club has run since we started keeping notes, newest last. Each has a page of history written by its umpire, the forces and a table plan. Ask the umpire before borrowing the figures.</p>
<dl class="folder">
{rows}</dl>"""
        return bu_head("Scenario folder") + "\n" + bu_frame(ix, main, cookie, notice)
    nights = ""
    start = date(2016, 9, 1)
    for k in range(9):
        d = start + timedelta(days=7 * k)
        if k % 3 == 2:
            what = "Open gaming: bring whatever you are working on"
        else:
            t = ix.site_titles[(k * 5) % len(ix.site_titles)]
            f_, l_ = bu_umpire(t)
            what = f'<a href="{bu_url(t)}">{esc(t)}</a>, umpired by {esc(f_)} {esc(l_)}'
        nights += f"<dt>Thursday {d.day} {d.strftime('%B')}</dt><dd>{what}</dd>\n"
    main = f"""<h1>Club nights, autumn 2016</h1>
<p>Doors open at half past seven. Scenario nights need the umpire to know numbers by the Monday before, so put your name on the forum thread.</p>
<dl class="nights">
{nights}</dl>
<p>The open day is on the last Saturday of November, with the bring and buy table and a participation game for visitors.</p>"""
    return bu_head("Club nights") + "\n" + bu_frame(ix, main, cookie, notice)


# ---- 2. ortac: an auction house's lot pages, nested sections and articles with microdata, 2021 --------------------

OR_HOUSE = "Pellingford & Daw"
OR_SPECIALISTS = [("Henrietta", "Haigh", "Books and Manuscripts"), ("Lavinia", "Thewlis", "Arms and Armour"),
                  ("Jasper", "Youngman", "Medals and Militaria"), ("Octavia", "Eccleston", "Books and Manuscripts"),
                  ("Barnaby", "Hesketh", "Arms and Armour"), ("Imogen", "Kenyon", "Antiquities")]
OR_SALES = [(4417, "Arms, Armour and Historical Documents", date(2021, 3, 17)),
            (4432, "Antiquities, Coins and Objects of Vertu", date(2021, 5, 12))]
OR_OBJECTS = [
    "A collection of {n} letters and printed papers relating to {x}",
    "A commemorative silver medal struck for {x}, in its fitted case",
    "A watercolour sketch map of {setting}, with manuscript notes on {x}",
    "An album of {n} engravings, cuttings and photographs on {x}",
]
OR_FINDS = [
    "An electrotype copy made for a museum display, with papers on {x}",
    "A plaster cast and {n} glass-plate photographs recording {x}",
]
OR_PROVENANCE = [
    "By descent in the family of the vendor since the late nineteenth century.",
    "Bought at a country house sale in 1962 and kept in a private library until now.",
    "From the collection of a retired schoolmaster, who assembled it between the wars.",
    "A northern regimental museum sold it to the present owner in 1987.",
]
OR_CONDITION = [
    "Some foxing and light staining, folds strengthened on the reverse; otherwise good.",
    "Minor wear to the case, the contents bright and complete.",
    "Edges browned, two leaves with small tears repaired with archival tissue.",
]
OR_NOTES = [  # (label, text) asides within the essay
    ("Compare:", "a related lot sold in these rooms in October 2017, lot 388"),
    ("Compare:", "an example of this type is in a regimental collection in the north of England"),
    ("Specialist's aside:", "the catalogue numbering follows the vendor's own list, which is offered with the lot"),
    ("Measurements:", "given height before width throughout; the box itself is larger"),
    ("Marks:", "ink stamp of a private library on the first leaf, and an old shelf mark"),
]
OR_NOTICES = [
    "Saleroom notice: the order of sale has changed; lots 140 to 180 will now be offered after lunch.",
    "Our Long Gallery is closed for viewing on Monday while the cases are moved.",
    "Live bidding online now carries an extra fee of 3% plus VAT; absentee bids remain free.",
]
OR_COOKIE = "Saved lots and bids are remembered between visits by files this site places in your browser."
OR_CREDIT = f"Catalogue essays are written by the specialists of {OR_HOUSE} and may not be reprinted without permission."
OR_WALL = "Register to bid to read the full catalogue essay ({words} more words) and see the condition report."
OR_NOTE = ("Specialist's note: the history of {x} is set out here at some length because the value of this lot "
           "depends on it; a full condition report is available on request.")
OR_NAV = ["Auctions", "Buy", "Sell", "Valuations", "Departments", "About us"]


def or_specialist(title: str) -> tuple[str, str, str]:
    return OR_SPECIALISTS[number("ortac", "spec", title, mod=len(OR_SPECIALISTS))]


def or_lot(title: str) -> int:
    return 112 + SITE_TITLES["ortac"].index(title) * 4 + number("ortac", "lot", title, mod=4)


def or_sale(title: str):
    return OR_SALES[1] if found_object(ESSAYS_BY_TITLE[title]["card"]) else OR_SALES[0]


def or_estimate(title: str) -> tuple[int, int]:
    low = [300, 600, 800, 1200, 2000, 3000, 5000][number("ortac", "est", title, mod=7)]
    return low, low * 5 // 3 if low < 1000 else low * 3 // 2


def or_object(title: str) -> str:
    card = ESSAYS_BY_TITLE[title]["card"]
    pool = OR_FINDS if found_object(card) else OR_OBJECTS
    what = pool[number("ortac", "obj", title, mod=len(pool))]
    return what.format(n=6 + number("ortac", "n", title, mod=40), x=card["x"], setting=card["setting"])


def or_url(title: str) -> str:
    return f"/auction/{or_sale(title)[0]}/lot-{or_lot(title)}-{slug(title)[:40]}"


def or_head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{esc(title)} | {esc(OR_HOUSE)}</title>
<link rel="stylesheet" href="/static/pd-{digest('ortac', 'css', n=8)}.css">
<script defer src="/static/bidpanel-{digest('ortac', 'js', n=8)}.js"></script>
</head>"""


def or_cookie_and_notice(page) -> tuple[str, str]:
    site = "ortac"
    cookie = notice = ""
    if isinstance(page, Page):
        turn = rank_of(site, "banner", 3, page)
        if turn is not None:
            notice = f'<section class="pd-alert" role="alert"><p>{esc(OR_NOTICES[turn])}</p></section>\n'
            page.clutter.append(OR_NOTICES[turn])
        show = carries(site, "cookies", 12, page)
    else:
        show = True
    if show:
        cookie = (f'<section class="pd-consent"><p>{esc(OR_COOKIE)}</p><button>Agree</button> '
                  f'<button>Choose</button></section>\n')
        if isinstance(page, Page):
            page.clutter.append(OR_COOKIE)
    return cookie, notice


def or_frame(page, main: str, cookie: str, notice: str) -> str:
    nav = "".join(f'<li><a href="/{slug(n)}">{esc(n)}</a></li>' for n in OR_NAV)
    return f"""<body class="pd">
<header class="pd-top"><a class="pd-logo" href="/">{esc(OR_HOUSE)}</a><p class="pd-since">Auctioneers and valuers since 1889</p>
<nav><ul>{nav}</ul></nav><a class="pd-account" href="/account">My account</a></header>
{notice}{main}
<footer class="pd-foot">
<section><h2>Visit</h2><p>The Long Gallery, Corn Exchange Yard. Viewing on the three days before each sale.</p></section>
<section><h2>Buyer's charges</h2><p>Buyer's premium 25% plus VAT on the hammer price.</p></section>
<p class="pd-legal">{esc(OR_HOUSE)} Ltd, registered in England no. 0481123. Regulated by the Institute of Auctioneers.</p>
</footer>
{cookie}</body>
</html>
"""


OR_FRAME_CLUTTER = ["Auctioneers and valuers since 1889", "Valuations", "Departments", "My account", "Buyer's charges",
                    "The Long Gallery, Corn Exchange Yard. Viewing on the three days before each sale.",
                    "Buyer's premium 25% plus VAT on the hammer price.",
                    f"{OR_HOUSE} Ltd, registered in England no. 0481123.", "Regulated by the Institute of Auctioneers."]


def ortac(p: Page) -> str:
    rng = p.rng
    site = "ortac"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2020)
    first, last, dept = or_specialist(p.title)
    lot = or_lot(p.title)
    sale_no, sale_name, sale_day = or_sale(p.title)
    low, high = or_estimate(p.title)
    thing = or_object(p.title)

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"

    pieces = shown_pieces(p, lambda v: f"<h2>{esc(v)}</h2>", lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f"<blockquote><p>{esc(v)}</p></blockquote>", listing)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label, text = rng.choice(OR_NOTES)
        slot_in(pieces, spot(n_essay, rng, 2, 6),
                ("note", f'<aside class="pd-aside"><h4>{esc(label)}</h4><p>{esc(text)}</p></aside>'))
        p.clutter += [label, text]
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Lot {lot}, detail"
            piece = (f'<figure class="pd-fig"><img itemprop="image" src="/img/{sale_no}/{lot}-2.jpg" alt="" width="800">'
                     f"<figcaption>{esc(caption)}</figcaption></figure>")
        else:
            caption = f"View {4 + number(site, 'imgs', p.title, mod=12)} more images of lot {lot}"
            piece = f'<figure class="pd-fig"><a href="#gallery">{esc(caption)}</a></figure>'
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("media", piece))
    wall = ""
    if p.cut is not None:
        said = OR_WALL.format(words=fmt_int(p.rest_words()))
        wall = (f'<section class="pd-gate"><p>{esc(said)}</p><a class="pd-btn" href="/register">Register to bid</a>'
                f"</section>\n")
        p.clutter += [said, "Register to bid"]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h2>Literature</h2>"))
        pieces.append(("refs", '<ul class="pd-lit">' + "".join(f"<li>{mk}</li>" for _, mk in p.refs) + "</ul>"))
    # subheads start fresh <section> elements inside the essay's article
    sections, current = [], []
    for kind, html in pieces:
        if kind == "heading" and current:
            sections.append(current)
            current = []
        current.append(html)
    sections.append(current)
    body = "\n".join("<section>\n" + "\n".join(s) + "\n</section>" for s in sections)
    length = (f"Catalogue essay of {fmt_int(p.words)} words, filling {p.pages} {pages_word(p.pages)} "
              f"of the printed catalogue")
    note = OR_NOTE.format(x=p.card["x"])
    nbox = f'<aside class="pd-spec"><p>{esc(note)}</p></aside>\n'
    early = placed_before(site, "note", p)
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<p class="pd-credit">{esc(OR_CREDIT)}</p>\n'
        p.clutter.append(OR_CREDIT)
    byline = f"{first} {last}, {dept}"
    est = f"\u00a3{fmt_int(low)} \u2013 \u00a3{fmt_int(high)}"
    sale_line = f"Sale {sale_no} \u00b7 {sale_name} \u00b7 {long_date(sale_day)}, 10am"
    prov = OR_PROVENANCE[number(site, "prov", p.title, mod=len(OR_PROVENANCE))]
    cond = OR_CONDITION[number(site, "cond", p.title, mod=len(OR_CONDITION))]
    p.clutter += [length, note, f"Lot {lot}", thing, f"Estimate {est}", sale_line, byline, "Catalogue essay by", "Provenance",
                  prov, "Condition report", cond, "Further lots in this sale", *OR_FRAME_CLUTTER]
    related = ""
    for t in rng.sample(p.others, 3):
        line = first_figure_of(t)
        t_low, t_high = or_estimate(t)
        meta = f"Lot {or_lot(t)} \u00b7 Estimate \u00a3{fmt_int(t_low)} \u2013 \u00a3{fmt_int(t_high)}"
        related += (f'<article class="pd-card" itemscope itemtype="https://schema.org/Product">'
                    f'<h3 itemprop="name"><a href="{or_url(t)}">{esc(t)}</a></h3><p class="pd-meta">{esc(meta)}</p>'
                    f'<p itemprop="description">Essay extract: {esc(line)}</p></article>\n')
        p.clutter += [t, meta, line, "Essay extract:"]
    cookie, notice = or_cookie_and_notice(p)
    main = f"""<main class="pd-lot" itemscope itemtype="https://schema.org/Product">
<section class="pd-summary">
<article class="pd-head">
<p class="pd-lotno">Lot {lot}</p>
<p class="pd-object" itemprop="name">{esc(thing)}</p>
<div class="pd-est" itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="priceCurrency" content="GBP"><span class="pd-label">Estimate</span> <span itemprop="price" content="{low}">{esc(est)}</span></div>
<p class="pd-sale">{esc(sale_line)}</p>
</article>
</section>
<section class="pd-essay">
<article itemprop="description" itemscope itemtype="https://schema.org/CreativeWork">
<header><h1 itemprop="headline">{esc(p.title)}</h1>
<p class="pd-by">Catalogue essay by <span itemprop="author">{esc(byline)}</span></p>
<p class="pd-len">{esc(length)}</p></header>
{nbox if early else ""}{body}
{wall}{credit}{"" if early else nbox}</article>
</section>
<section class="pd-details">
<article><h3>Provenance</h3><p>{esc(prov)}</p></article>
<article><h3>Condition report</h3><p>{esc(cond)}</p></article>
</section>
<section class="pd-more"><h2>Further lots in this sale</h2>
{related}</section>
</main>"""
    return or_head(p.title) + "\n" + or_frame(p, main, cookie, notice)


def ortac_index(ix: IndexPage) -> str:
    """Lot order, or buyers' terms."""
    cookie, notice = or_cookie_and_notice(ix)
    if ix.kind == "order":
        rows = ""
        for t in sorted(ix.site_titles, key=or_lot):
            low, high = or_estimate(t)
            rows += (f'<article class="pd-row" itemscope itemtype="https://schema.org/Product"><p class="pd-lotno">{or_lot(t)}</p>'
                     f'<p itemprop="name"><a href="{or_url(t)}">{esc(or_object(t))}</a></p>'
                     f"<p>\u00a3{fmt_int(low)} \u2013 \u00a3{fmt_int(high)}</p></article>\n")
        main = f"""<main class="pd-sale-list">
<section><h1>Order of sale: lots {min(map(or_lot, ix.site_titles))} to {max(map(or_lot, ix.site_titles))}</h1>
<p>Lots are offered in numerical order at about eighty an hour. Each lot page carries a catalogue essay by our specialists.</p>
{rows}</section>
</main>"""
        return or_head("Order of sale") + "\n" + or_frame(ix, main, cookie, notice)
    fees = [("Hammer price up to \u00a3500,000", "25% plus VAT"), ("Above \u00a3500,000", "20% plus VAT"),
            ("Live online bidding", "3% plus VAT"), ("Absentee and telephone bids", "no charge")]
    rows = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in fees)
    main = f"""<main class="pd-terms">
<section><h1>Conditions of business for buyers</h1>
<article><h2>Bidding</h2><p>You may bid in the room, by telephone, online or by leaving a commission bid with our front desk. New bidders are asked for photographic identification and proof of address.</p></article>
<article><h2>Charges</h2><table><tr><th>On</th><th>Premium</th></tr>{rows}</table></article>
<article><h2>Collection</h2><p>Lots must be paid for and collected within ten working days. After that, storage is charged at \u00a35 a lot a day.</p></article>
</section>
</main>"""
    return or_head("Conditions of business") + "\n" + or_frame(ix, main, cookie, notice)


# ---- 3. crevichon: a county record office's document of the month, with numbered notes, 2014 ----------------------

CR_COUNCIL = "Wendleshire County Council"
CR_SERVICE = "Wendleshire Archives and Local Studies"
CR_STAFF = [("Janet", "Openshaw", "County Archivist"), ("Mark", "Rawcliffe", "Senior Archivist"),
            ("Sandra", "Singleton", "Archivist"), ("Paul", "Walmsley", "Conservator"),
            ("Helen", "Worsley", "Searchroom Supervisor"), ("Derek", "Dransfield", "volunteer"),
            ("Anne", "Hinchliffe", "Archivist"), ("Graham", "Longbottom", "Records Manager")]
CR_DOCS = [  # (document described, reference prefix)
    ("a bundle of letters sent home by a soldier's family", "D/FAM"),
    ("a printed broadside sold in the streets of Dunholt", "Z/BS"),
    ("a page of the parish vestry minutes", "P/DUN"),
    ("a map drawn for a local landowner", "MAP"),
    ("a volume of cuttings kept by the town's first librarian", "L/CUT"),
    ("a sermon printed by subscription", "Z/PR"),
    ("a diary kept by a Dunholt schoolmaster", "D/SCH"),
]
CR_TIPS = [  # tips rendered as ordinary <p>, like essay text
    "From the search room: books and maps on this subject can be ordered up without an appointment.",
    "From the search room: pencils only, please; pens are not allowed near the documents.",
    "From the search room: printouts from the microfilm readers cost 20p a sheet.",
    "From the search room: the volunteers' index of names covers the parish registers up to 1837.",
    "From the search room: a reader's ticket lasts four years and is free.",
]
CR_NOTICES = [
    "No documents can be produced from 3 to 14 November 2014 during the annual stocktake.",
    "New: the catalogue of the Dunholt borough records is now searchable online.",
    "Our Saturday opening moves to the first Saturday of each month from January.",
]
CR_COOKIE = "Small files are stored by this website so we can count visits. You can switch them off in your browser."
CR_CREDIT = "Document of the month is chosen in turn by the staff and volunteers of the search room."
CR_WALL = ("The article continues for another {words} words in the printed newsletter, Archive Matters; ask "
           "at the search room desk for a copy.")
CR_VISIT = ("Visiting: the original can be seen in the search room at Dunholt on weekdays; order it two days "
            "ahead, quoting the reference above.")
CR_NAV = ["Visit us", "Search the catalogue", "Family history", "Schools", "Volunteering", "Document of the month"]
CR_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def cr_staff(title: str) -> tuple[str, str, str]:
    return CR_STAFF[number("crevichon", "staff", title, mod=len(CR_STAFF))]


def cr_month(title: str) -> str:
    k = SITE_TITLES["crevichon"].index(title)
    return f"{CR_MONTHS[(k + 9) % 12]} {2013 + (k + 9) // 12}"


def cr_doc(title: str) -> tuple[str, str]:
    what, prefix = CR_DOCS[number("crevichon", "doc", title, mod=len(CR_DOCS))]
    return what, f"{prefix}/{number('crevichon', 'ref1', title, mod=40, base=1)}/{number('crevichon', 'ref2', title, mod=90, base=3)}"


def cr_url(title: str) -> str:
    return f"/archives/document-of-the-month/{slug(cr_month(title))}"


def cr_head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} - Document of the month - {CR_SERVICE}</title>
<link rel="stylesheet" href="/css/council.css">
<link rel="stylesheet" href="/css/archives.css">
</head>"""


def cr_cookie_and_notice(page) -> tuple[str, str]:
    site = "crevichon"
    cookie = notice = ""
    if isinstance(page, Page):
        turn = rank_of(site, "banner", 3, page)
        if turn is not None:
            notice = f'<div class="alert"><p><strong>{esc(CR_NOTICES[turn])}</strong></p></div>\n'
            page.clutter.append(CR_NOTICES[turn])
        show = carries(site, "cookies", 12, page)
    else:
        show = True
    if show:
        cookie = f'<div id="cookie-msg"><p>{esc(CR_COOKIE)} <a href="/cookies">Turn these off</a></p></div>\n'
        if isinstance(page, Page):
            page.clutter += [CR_COOKIE, "Turn these off"]
    return cookie, notice


def cr_frame(page, main: str, cookie: str, notice: str) -> str:
    nav = "".join(f'<li><a href="/archives/{slug(n)}">{esc(n)}</a></li>' for n in CR_NAV)
    return f"""<body>
{cookie}<div class="council-bar"><a href="/">{CR_COUNCIL}</a> <form action="/search"><input name="q" placeholder="Search the council website"></form></div>
<div class="service"><p class="service-name">{CR_SERVICE}</p><p class="service-tag">Keeping the county's records since 1949</p>
<ul class="service-nav">{nav}</ul></div>
{notice}<div class="page">
<div class="content">
{main}
</div>
<div class="sidebar">
<h3>Opening hours</h3><p>Tuesday to Friday 9.30am to 5pm; one Saturday a month, 9.30am to 1pm.</p>
<h3>Find us</h3><p>County Hall annexe, Bridge Street, Dunholt. Free parking behind the building.</p>
</div>
</div>
<div class="footer"><p>\u00a9 {CR_COUNCIL} 2014 \u00b7 <a href="/accessibility">Accessibility</a> \u00b7 <a href="/privacy">Privacy</a></p></div>
</body>
</html>
"""


CR_FRAME_CLUTTER = ["Keeping the county's records since 1949", "Search the catalogue", "Family history", "Volunteering",
                    "Opening hours", "Tuesday to Friday 9.30am to 5pm; one Saturday a month, 9.30am to 1pm.",
                    "Find us", "County Hall annexe, Bridge Street, Dunholt. Free parking behind the building.",
                    f"\u00a9 {CR_COUNCIL} 2014", "Accessibility", "Earlier documents of the month"]


def split_sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.?!])\s+(?=[A-Z0-9\"])", text)


def crevichon(p: Page) -> str:
    rng = p.rng
    site = "crevichon"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2013)
    first, last, role = cr_staff(p.title)
    what, ref = cr_doc(p.title)
    month = cr_month(p.title)
    # superscript calls follow picked sentences in shown paragraphs; teaser pages have none
    calls: dict[int, set[int]] = {}
    notes: list[str] = []
    if p.cut is None and not carries(site, "plain", 3, p):
        spots = [(k, j) for k, (kind, value) in enumerate(p.visible()) if kind == "paragraph"
                 for j, sen in enumerate(split_sentences(value)) if sen.endswith(".")]
        for k, j in sorted(rng.sample(spots, min(len(spots), rng.randint(3, 6)))):
            calls.setdefault(k, set()).add(j)
            sen = split_sentences(p.visible()[k][1])[j]
            who = [s for s in SCHOLARS if re.search(rf"\b{s}\b", sen)]
            year = re.search(r"\((\d{4})\)", sen)
            n = len(notes) + 1
            if who:
                notes.append(f"{who[0]} ({year.group(1) if year else rng.randint(1970, 2012)}), p. {rng.randint(9, 340)}.")
            else:
                notes.append(f"{CR_SERVICE}, {ref.rsplit('/', 2)[0]}/{number(site, 'note', p.title, n, mod=60, base=1)}"
                             f"/{rng.randint(1, 120)}.")
    counter = iter(range(1, 100))

    def para(value: str, k: int) -> str:
        if k not in calls:
            return f"<p>{esc(value)}</p>"
        out = []
        for j, sen in enumerate(split_sentences(value)):
            if j in calls[k]:
                n = next(counter)
                sen = f'{esc(sen)}<sup class="fn"><a href="#fn-{n}" id="fnref-{n}">{n}</a></sup>'
            else:
                sen = esc(sen)
            out.append(sen)
        return "<p>" + " ".join(out) + "</p>"

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"

    pieces = shown_pieces(p, lambda v: f"<h2>{esc(v)}</h2>", para,
                          lambda v: f"<blockquote><p>{esc(v)}</p></blockquote>", listing)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        tip = rng.choice(CR_TIPS)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f"<p>{esc(tip)}</p>"))
        p.clutter.append(tip)
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Detail of the document, reduced (ref. {ref})"
            piece = (f'<div class="image"><img src="/archives/images/{digest(site, "img", p.title, n=10)}.jpg" alt="" width="600">'
                     f'<p class="caption">{esc(caption)}</p></div>')
        else:
            caption = f"Zoom into the whole document (JPEG, {1 + number(site, 'mb', p.title, mod=4)}.{number(site, 'mb2', p.title, mod=10)} MB)"
            piece = f'<div class="image"><p class="caption"><a href="/archives/zoom/{digest(site, "z", p.title, n=8)}">{esc(caption)}</a></p></div>'
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("media", piece))
    wall = ""
    if p.cut is not None:
        said = CR_WALL.format(words=fmt_int(p.rest_words()))
        wall = f'<div class="more"><p><em>{esc(said)}</em></p></div>\n'
        p.clutter.append(said)
    if notes:
        pieces.append(("heading", "<h2>Notes</h2>"))
        pieces.append(("refs", '<ol class="footnotes">' + "".join(
            f'<li id="fn-{n}">{esc(t)} <a href="#fnref-{n}" class="back">&#8617;</a></li>'
            for n, t in enumerate(notes, 1)) + "</ol>"))
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h2>Printed sources</h2>"))
        pieces.append(("refs", '<ul class="biblio">' + "".join(f"<li>{mk}</li>" for _, mk in p.refs) + "</ul>"))
    p.refs = [(t, esc(t)) for t in notes] + p.refs
    body = "\n".join(h for _, h in pieces)
    length = f"This article runs to {fmt_int(p.words)} words, {p.pages} {pages_word(p.pages)} of the newsletter"
    visit = f'<p class="visit">{esc(CR_VISIT)}</p>\n'
    early = placed_before(site, "visit", p)
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<p class="credit">{esc(CR_CREDIT)}</p>\n'
        p.clutter.append(CR_CREDIT)
    byline = f"By {first} {last}, {role}"
    kicker = f"Document of the month \u00b7 {month}"
    docline = f"The document: {what} (ref. {ref})"
    p.clutter += [length, byline, kicker, docline, CR_VISIT, *CR_FRAME_CLUTTER]
    related = ""
    for t in rng.sample(p.others, 3):
        line = second_fact_of(t)
        t_first, t_last, _ = cr_staff(t)
        meta = f"{cr_month(t)} \u00b7 {t_first} {t_last}"
        related += (f'<li><a href="{cr_url(t)}">{esc(t)}</a> <span class="meta">{esc(meta)}</span>'
                    f'<br>Its record says: {esc(line)}</li>\n')
        p.clutter += [t, meta, line, "Its record says:"]
    cookie, notice = cr_cookie_and_notice(p)
    main = f"""<p class="breadcrumb"><a href="/">Home</a> &gt; <a href="/archives">Archives</a> &gt; <a href="/archives/document-of-the-month">Document of the month</a></p>
<p class="kicker">{esc(kicker)}</p>
<h1>{esc(p.title)}</h1>
<p class="byline">{esc(byline)}</p>
<p class="length">{esc(length)}</p>
<p class="docref">{esc(docline)}</p>
{visit if early else ""}<div class="article">
{body}
</div>
{wall}{credit}{"" if early else visit}<div class="related"><h2>Earlier documents of the month</h2><ul>
{related}</ul></div>"""
    return cr_head(p.title) + "\n" + cr_frame(p, main, cookie, notice)


def crevichon_index(ix: IndexPage) -> str:
    """Search-room guide, or the archive of monthly articles."""
    cookie, notice = cr_cookie_and_notice(ix)
    if ix.kind == "visiting":
        hours = [("Tuesday to Friday", "9.30am to 5pm"), ("Saturday opening, monthly", "9.30am to 1pm"),
                 ("Last document orders", "4.15pm, or 12.15pm on Saturdays"), ("Monday", "closed")]
        rows = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in hours)
        main = f"""<h1>Visiting the search room</h1>
<p>Anyone may use the search room. Bring proof of your name and address the first time, and we will issue a free reader's ticket.</p>
<table class="hours"><tr><th>Day</th><th>Hours</th></tr>{rows}</table>
<p>Most documents are stored off site. Order them at least two working days ahead by telephone or through the online catalogue, quoting the reference number.</p>
<p>Bags and coats go in the lockers by the door. Cameras may be used without flash once you have signed a copyright form.</p>"""
        return cr_head("Visiting the search room") + "\n" + cr_frame(ix, main, cookie, notice)
    rows = ""
    for t in ix.site_titles:
        f_, l_, _ = cr_staff(t)
        rows += f'<li>{esc(cr_month(t))}: <a href="{cr_url(t)}">{esc(t)}</a>, by {esc(f_)} {esc(l_)}</li>\n'
    main = f"""<h1>Document of the month: all articles</h1>
<p>Each month a member of staff or a volunteer picks one item from the collections and writes about it. The original can be seen in the search room.</p>
<ul class="dotm">
{rows}</ul>"""
    return cr_head("Document of the month") + "\n" + cr_frame(ix, main, cookie, notice)


# ---- 4. minquiers: a retired people's club posting talk scripts pasted from a word processor, 2019 ---------------

MI_CLUB = "Probus Club of Wetherden Magna"
MI_SPEAKERS = [("Mr", "Roy", "Netherwood"), ("Mrs", "Pat", "Pogson"), ("Mr", "Bernard", "Schofield"),
               ("Dr", "Eileen", "Wrigglesworth"), ("Mr", "Geoffrey", "Armitage"), ("Mrs", "Maureen", "Beevers"),
               ("Mr", "Dennis", "Copley"), ("Mrs", "Jean", "Fearnley"), ("Mr", "Frank", "Garside")]
MI_THANKERS = ["Mr Horsfall", "Mrs Moorhouse", "Mr Naylor", "Mrs Redfern", "Mr Townend"]
MI_CUES = [  # bracketed italic speaker cues, MsoNormal like the script
    "[Slide: map of the ground, with the positions marked]",
    "[Pass round the photocopies here]",
    "[Slide: portrait, from the book on the table]",
    "[If running short of time, skip the next two paragraphs]",
    "[Pause here for questions from the floor]",
    "[Slide: the site as it looks today, taken on the coach outing]",
]
MI_NOTICES = [
    "The Christmas lunch is at the Golf Club on 12 December; names and menu choices to the secretary, please.",
    "The coach outing to the canal museum is full. A waiting list is kept at meetings.",
    "Subscriptions for 2019 to 2020 are due at the AGM in April: \u00a318 for the year.",
]
MI_COOKIE = "This website is built with a free site-building service, which may set a cookie to count visitors."
MI_CREDIT = "Scripts appear here as the speakers sent them, with their permission; the club has not edited them."
MI_WALL = ("Our speaker has asked us to post only the opening of the script. The other {words} words are in the "
           "club's talks binder, which members may borrow at meetings.")
MI_THANKS = ("Vote of thanks: {thanker} thanked the speaker for a talk on {x} that kept the room listening well "
             "past the coffee.")
MI_NAV = ["Home", "Programme", "Talks", "Outings", "Gallery", "Join us"]
MI_SPAN = "<span lang=EN-GB style='mso-ansi-language:EN-GB;font-family:\"Calibri\",sans-serif'>"


def mi_speaker(title: str) -> tuple[str, str, str]:
    return MI_SPEAKERS[number("minquiers", "speaker", title, mod=len(MI_SPEAKERS))]


def mi_date(title: str) -> date:
    k = SITE_TITLES["minquiers"].index(title)
    return date(2018, 9, 4) + timedelta(days=14 * k)


def mi_url(title: str) -> str:
    return f"/talks/{mi_date(title).isoformat()}-{slug(title)[:36]}.html"


def mi_head(title: str) -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="generator" content="SiteDeck 4">
<title>{esc(title)} :: {MI_CLUB}</title>
<link rel="stylesheet" href="/sd/theme-heritage.css">
<style>p.MsoNormal, li.MsoNormal {{margin:0cm; margin-bottom:8.0pt; line-height:107%;}} p.MsoQuote {{margin-left:36.0pt; font-style:italic;}}</style>
</head>"""


def mi_word(text: str, spaced: bool) -> str:
    """Word-style text: typographic apostrophes, optional double spacing after sentences, 76-column lines."""
    out = esc(text).replace("'", "\u2019")
    if spaced:
        out = re.sub(r"(?<=[.?!]) (?=[A-Z])", "<span style='mso-spacerun:yes'>&nbsp; </span>", out)
    return "\n".join(textwrap.wrap(out, width=76, break_long_words=False, break_on_hyphens=False))


def mi_cookie_and_notice(page) -> tuple[str, str]:
    site = "minquiers"
    cookie = notice = ""
    if isinstance(page, Page):
        turn = rank_of(site, "banner", 3, page)
        if turn is not None:
            notice = f'<div class="sd-box sd-news"><p>{esc(MI_NOTICES[turn])}</p></div>\n'
            page.clutter.append(MI_NOTICES[turn])
        show = carries(site, "cookies", 12, page)
    else:
        show = True
    if show:
        cookie = f'<div class="sd-cookie">{esc(MI_COOKIE)} <a href="#">Close</a></div>\n'
        if isinstance(page, Page):
            page.clutter.append(MI_COOKIE)
    return cookie, notice


def mi_frame(page, main: str, cookie: str, notice: str) -> str:
    nav = " ".join(f'<a class="sd-link" href="/{slug(n)}.html">{esc(n)}</a>' for n in MI_NAV)
    return f"""<body class="sd-page">
<div class="sd-header"><div class="sd-title">{MI_CLUB}</div><div class="sd-sub">For retired and semi-retired men and women \u00b7 founded 1987</div></div>
<div class="sd-nav">{nav}</div>
{notice}<div class="sd-main">
{main}
</div>
<div class="sd-aside"><div class="sd-box"><b>We meet</b><br>Every other Tuesday at 10.30am in the Bowling Club pavilion, Station Road. Coffee from 10am.</div>
<div class="sd-box"><b>Visitors welcome</b><br>Come to two meetings as a guest before deciding to join.</div></div>
<div class="sd-footer">Pages looked after by our secretary. {cookie}<span class="sd-made">Made with SiteDeck</span></div>
</body>
</html>
"""


MI_FRAME_CLUTTER = ["For retired and semi-retired men and women \u00b7 founded 1987", "We meet",
                    "Every other Tuesday at 10.30am in the Bowling Club pavilion, Station Road. Coffee from 10am.",
                    "Visitors welcome", "Come to two meetings as a guest before deciding to join.",
                    "Pages looked after by our secretary.", "Made with SiteDeck", "More talks from our meetings",
                    "Programme", "Outings", "Gallery"]


def minquiers(p: Page) -> str:
    rng = p.rng
    site = "minquiers"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2018)
    honorific, first, last = mi_speaker(p.title)
    spaced = number(site, "spaces", p.title, mod=2) == 0
    word_heads = number(site, "heads", p.title, mod=3) == 0  # otherwise bold MsoNormal

    def para(value: str, k: int = 0) -> str:
        return f"<p class=MsoNormal>{MI_SPAN}{mi_word(value, spaced)}<o:p></o:p></span></p>"

    def heading(value: str) -> str:
        if word_heads:
            return f"<h2>{MI_SPAN}{mi_word(value, False)}<o:p></o:p></span></h2>"
        return f"<p class=MsoNormal><b>{MI_SPAN}{mi_word(value, False)}<o:p></o:p></span></b></p>"

    def quote(value: str) -> str:
        return f"<p class=MsoQuote><i>{MI_SPAN}{mi_word(value, spaced)}<o:p></o:p></span></i></p>"

    def listing(ordered: bool, items: list[str]) -> str:
        out = []
        for n, item in enumerate(items, 1):
            place = "First" if n == 1 else "Last" if n == len(items) else "Middle"
            mark = f"{n}." if ordered else "\u00b7"
            font = "" if ordered else " style='font-family:Symbol'"
            out.append(f"<p class=MsoListParagraphCxSp{place} style='text-indent:-18.0pt;mso-list:l{int(ordered)} level1 lfo{1 + int(ordered)}'>"
                       f"<![if !supportLists]><span{font}>{mark}<span style='font:7.0pt \"Times New Roman\"'>"
                       f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>{MI_SPAN}{mi_word(item, False)}<o:p></o:p></span></p>")
        return "\n".join(out)

    pieces = shown_pieces(p, heading, para, quote, listing)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        cue = rng.choice(MI_CUES)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f"<p class=MsoNormal><i>{MI_SPAN}{esc(cue)}<o:p></o:p></span></i></p>"))
        p.clutter.append(cue)
    when = mi_date(p.title)
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Slides from the talk (PowerPoint, {9 + number(site, 'slides', p.title, mod=20)} slides)"
            piece = f'<div class="sd-file"><a href="/files/{digest(site, "ppt", p.title, n=10)}.pptx">{esc(caption)}</a></div>'
        else:
            caption = f"{honorific} {last} at the lectern, {when.day} {when.strftime('%B %Y')}"
            piece = (f'<div class="sd-photo"><img src="/gallery/{digest(site, "ph", p.title, n=10)}.jpg" alt="" width="480">'
                     f"<div>{esc(caption)}</div></div>")
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("media", piece))
    empty = "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    if p.cut is None and p.refs:
        pieces.append(("heading", heading("Books I used")))
        pieces.append(("refs", "\n".join(f"<p class=MsoNormal>{MI_SPAN}{mk}<o:p></o:p></span></p>" for _, mk in p.refs)))
    word = "\n" + f"\n{empty}\n".join(h for _, h in pieces) + "\n"
    wall = ""
    if p.cut is not None:
        said = MI_WALL.format(words=fmt_int(p.rest_words()))
        wall = f'<div class="sd-box sd-note"><p>{esc(said)}</p></div>\n'
        p.clutter.append(said)
    length = f"Script as sent by the speaker: {fmt_int(p.words)} words over {p.pages} {pages_word(p.pages)} of typescript"
    thanker = MI_THANKERS[number(site, "thanks", p.title, mod=len(MI_THANKERS))]
    thanks = MI_THANKS.format(thanker=thanker, x=p.card["x"])
    tbox = f'<div class="sd-box sd-thanks"><p>{esc(thanks)}</p></div>\n'
    early = placed_before(site, "thanks", p)
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<p class="sd-small">{esc(MI_CREDIT)}</p>\n'
        p.clutter.append(MI_CREDIT)
    given = f"Talk given at our meeting on {long_date(when)} by {honorific} {first} {last}"
    p.clutter += [length, given, thanks, *MI_FRAME_CLUTTER]
    related = ""
    for t in rng.sample(p.others, 3):
        line = last_lead_of(t)
        h_, f_, l_ = mi_speaker(t)
        d = mi_date(t)
        meta = f"Talk by {h_} {f_} {l_}, {d.day} {d.strftime('%B %Y')}"
        related += (f'<li><a href="{mi_url(t)}">{esc(t)}</a><br><span class="sd-small">{esc(meta)}</span>'
                    f"<br>Its last part opens: {esc(line)}</li>\n")
        p.clutter += [t, meta, line, "Its last part opens:"]
    cookie, notice = mi_cookie_and_notice(p)
    main = f"""<div class="sd-crumbs"><a href="/">Home</a> / <a href="/talks.html">Talks</a></div>
<h1 class="sd-h1">{esc(p.title)}</h1>
<div class="sd-meta">{esc(given)}</div>
<div class="sd-meta">{esc(length)}</div>
{tbox if early else ""}<div class="sd-text">
<div class=WordSection1>{word}</div>
</div>
{wall}{credit}{"" if early else tbox}<div class="sd-box"><b>More talks from our meetings</b><ul>
{related}</ul></div>"""
    return mi_head(p.title) + "\n" + mi_frame(p, main, cookie, notice)


def minquiers_index(ix: IndexPage) -> str:
    """Season's speakers."""
    cookie, notice = mi_cookie_and_notice(ix)
    rows = ""
    for t in ix.site_titles:
        h_, f_, l_ = mi_speaker(t)
        rows += (f"<tr><td>{esc(long_date(mi_date(t)))}</td><td>{esc(h_)} {esc(f_)} {esc(l_)}</td>"
                 f'<td><a href="{mi_url(t)}">{esc(cap(ESSAYS_BY_TITLE[t]["card"]["x"]))}</a></td></tr>\n')
    main = f"""<h1 class="sd-h1">Speakers' programme, 2018 to 2019</h1>
<p>Members give most of our talks themselves. Members wishing to speak should see the programme secretary; twenty-five minutes with questions after is about right.</p>
<table class="sd-table" border="1" cellpadding="4"><tr><th>Meeting</th><th>Speaker</th><th>Subject</th></tr>
{rows}</table>
<p>Scripts of most talks are posted on the Talks page after the meeting, when the speaker agrees.</p>"""
    return mi_head("Speakers' programme") + "\n" + mi_frame(ix, main, cookie, notice)


# ------------------------------------------------------------------------------------------------------ runner

SITES = {  # folder -> (writer, lister, essayless kinds, teaser count, bibliography count)
    "burhou": (burhou, burhou_index, ["folder", "nights"], 3, 3),          # umpire's tip moves
    "ortac": (ortac, ortac_index, ["order", "terms"], 2, 3),               # specialist's note moves
    "crevichon": (crevichon, crevichon_index, ["visiting", "all"], 3, 3),  # visiting line moves
    "minquiers": (minquiers, minquiers_index, ["programme"], 3, 4),        # vote of thanks moves
}


def essays_needed() -> int:
    return sum(PAGES_PER_SITE - len(kinds) for _, _, kinds, _, _ in SITES.values())


def units_of(essay: dict) -> set[str]:
    """Set of normalised paragraphs, quotes, lists and bullets whose length exceeds five words."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int, need: int) -> list[dict]:
    """Drafts an essay per shuffled card, skipping drafts that repeat a unit of an accepted essay."""
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


def index_pages(name: str, kinds: list[str]) -> dict[int, str]:
    """Seeded slots for essayless pages, avoiding pages 1 and 18, each paired with its kind."""
    spots = sorted(random.Random(f"set32:{SEED}:{name}:noessay").sample(range(2, PAGES_PER_SITE), len(kinds)))
    return dict(zip(spots, kinds))


def write_folders(outdir: Path, seed: int, chosen: list[dict]) -> list[str]:
    """Emits HTML plus truth for all hosts, giving back SOURCES.tsv lines; set 1's teaser and bibliography
    draws apply to essay pages alone."""
    rows = []
    start = 0
    for name, (writer, lister, kinds, teasers, cited) in SITES.items():
        site_rng = random.Random(f"{seed}:{name}")
        indexes = index_pages(name, kinds)
        ESSAY_PAGES[name] = [n for n in range(1, PAGES_PER_SITE + 1) if n not in indexes]
        mine = chosen[start:start + len(ESSAY_PAGES[name])]
        start += len(mine)
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
    ap.add_argument("--seed", type=int, default=2032)
    args = ap.parse_args()
    SEED = args.seed
    rng = random.Random(args.seed)
    cards = parse_cards()
    rng.shuffle(cards)
    need = essays_needed()
    chosen = choose_essays(cards, args.seed, need)
    ESSAYS_BY_TITLE.clear()
    ESSAYS_BY_TITLE.update({e["title"]: e for e in chosen})
    rows = write_folders(args.outdir, args.seed, chosen)
    header = "site\tpage\ttopic_card\tessay_words\tessay_title"
    (args.outdir / "SOURCES.tsv").write_text("\n".join([header, *rows]) + "\n", "utf-8")
    print(f"{len(SITES)} sites x {PAGES_PER_SITE} pages -> {args.outdir} ({need} essays from {len(cards)} cards, "
          f"{len(SITES) * PAGES_PER_SITE - need} without an essay)")


if __name__ == "__main__":
    main()
