"""Held-out site set 24 (issue 13): four essay-hosting sites no batch has met, for first-contact site learning.

    usage (project interpreter): generate.py OUTDIR [--seed 2024]

Writes OUTDIR/<site>/page-01.html .. page-18.html for four sites, and for every page a truth note under
OUTDIR/<site>/truth/ that bench/scoring.py can parse. The platforms copied here were left alone by the
twenty-three older sets (heldout/sites/ up to sites23/). Essays get assembled at run time from topic cards
(ESSAY_CARDS) and from sentence patterns written for this set alone. OUTDIR/SOURCES.tsv pairs every page with
its card; a card never serves twice, and one seed always gives back the same bytes.

Sites (markup families):
  texel         Deja News, the Usenet archive, around 1998. The essay is a plain-text post inside one PRE
                element: lines broken near seventy columns, headings underlined with hyphens, lists typed with
                asterisks, a quoted request above the text on some pages and a signature below it. A boxed
                header (title, course, counts) is printed first in nine posts and last in the other nine.
                On six pages a reader's follow-up answers it, quoting a whole paragraph of the essay with
                ">" before each line
  vlieland      EzineArticles, the article directory, around 2009. Headings are bold paragraphs, an ad unit
                sits inside the text, an author resource box and an "Article Source" line follow it; the counts
                live in a side box which the source puts before the article for nine pages and after it for
                nine. Eight pages add a "Readers Also Enjoyed" box printing another essay's whole first paragraph
  terschelling  Skyrock, the French teenagers' blog host, around 2008. All the chrome is in French around an
                English essay written for a European-section history class; the counts are a French line; on
                nine pages the heading puts a "Dissert' n°" prefix before the title; paragraphs are bare text
                kept apart by pairs of BR tags
  ameland       Figment, the young writers' site, around 2012. A contest badge carries the counts, printed
                next to that contest's word limit; a short prose note by the writer precedes the essay for
                nine pages and follows it for nine

Borrowed untouched from sets 1, 2 and 3: how truths are written, where files go, how teasers are
cut and how the made-up Works Cited lists are drawn.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import importlib.util
import random
import re
import textwrap
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

# ---------------------------------------------------------------------------------------------- the cards
# Eleven "|"-separated fields per line: title, subject, x (a noun phrase), people (plural), setting, period
# (it must hold a four-digit year), a trio of strands divided by ";", thesis and rival (both finish a sentence
# that stops at "... that"), then the two facts. Facts end on their only full stop, so chopping paragraphs
# into sentences can never slice one in half.

ESSAY_CARDS = """
The Boy Crowned in Dublin | politics | the Lambert Simnel affair | Yorkist exiles, Irish lords and the new Tudor king | Christ Church Cathedral in Dublin and the field at East Stoke | 1486 to 1487 | the coaching of a boy to play a Yorkist prince; the coronation in Dublin; the battle at Stoke Field | the pretender mattered less than the doubts about Henry VII that he laid bare | the affair was a foolish gamble that never put the crown in danger | A boy presented as the Earl of Warwick was crowned in Dublin in May 1487. | Henry VII defeated the rebel army at Stoke Field in June 1487.
The Earls Who Heard Mass at Durham | religious history | the Rising of the Northern Earls | the Earls of Northumberland and Westmorland, their tenants and the royal commanders | the cathedral city of Durham and the dales beyond it | 1569 to 1570 | the scheme to marry the Duke of Norfolk to the Queen of Scots; the Latin mass restored in Durham Cathedral; the hangings ordered across the northern counties | the earls rose over their lost standing at home as much as over religion | the rising was a purely Catholic crusade | The rebel earls entered Durham Cathedral in November 1569 and had the mass celebrated there. | Hundreds of rebels were hanged on Elizabeth's orders after the rising collapsed.
A Florentine Banker's Scheme | politics | the Ridolfi plot | the banker Roberto di Ridolfi, the Duke of Norfolk and Spanish agents | the Duke of Norfolk's household and the courts of Rome and Madrid | 1570 to 1572 | the plan to bring Spanish troops over from the Netherlands; the cipher letters carried by a courier; the beheading of Norfolk | the plot never stood a chance because Spain would not commit an army to it | the plot was a grave danger that Burghley's agents barely stopped | Roberto di Ridolfi travelled to Rome and Madrid in 1571 seeking backing for an invasion of England. | Thomas Howard, Duke of Norfolk, was beheaded on Tower Hill in June 1572.
A List of Harbours in a Young Man's Desk | politics | the Throckmorton plot | Francis Throckmorton, the Spanish ambassador and Walsingham's searchers | the houses of London Catholics and the Spanish embassy | 1583 to 1584 | the letters carried for the captive Queen of Scots; the list of landing places found in a search; the expulsion of the Spanish ambassador | the plot persuaded the council that Mary could never safely be left alive | the plot was loose talk turned into treason under torture | Francis Throckmorton was arrested in London in November 1583. | The Spanish ambassador Bernardino de Mendoza was expelled from England in January 1584.
Two Plots Against a New King | politics | the Bye and Main plots | Catholic priests, disappointed courtiers and Sir Walter Raleigh | King James's new court and the Winchester trials | 1603 | the priests' scheme to seize the king; the courtiers' alleged plan to crown Arbella Stuart; the reprieves granted on the scaffold | the new king used the plots to clear away men he distrusted | the plots were genuine conspiracies that justified every verdict | Sir Walter Raleigh was tried for treason at Winchester in November 1603. | Several condemned men were reprieved on the scaffold at Winchester in December 1603.
Riots in the Royal Forests | social history | the Western Rising | forest commoners, royal grantees and crowds led by men dressed as Lady Skimmington | the Forest of Dean and the forests of Gillingham and Braydon | 1626 to 1632 | the enclosure of forests the crown had sold; the crowds that threw down new fences; the fines imposed by Star Chamber | the rioters defended customary rights rather than attacking property as such | the forest riots amounted to squatters' lawlessness | Crowds in Gillingham Forest began pulling down enclosures in 1626. | A rioter named John Williams led crowds in the Forest of Dean under the name Lady Skimmington in 1631.
Countrymen With Clubs | military history | the Clubmen risings | armed villagers, local gentry and the New Model Army | the downland of Dorset and Wiltshire | 1645 | the plunder and free quarter taken by both armies; the great meetings of armed countrymen; the clash on Hambledon Hill | the Clubmen wanted their districts left alone rather than victory for either side | the Clubmen were royalists in disguise | Thousands of armed countrymen gathered in Dorset and Wiltshire in 1645 to keep both armies out. | Cromwell's cavalry scattered the Clubmen on Hambledon Hill in August 1645.
A Royalist Night at Salisbury | politics | Penruddock's rising | royalist gentlemen, the assize judges and Cromwell's major-generals | the city of Salisbury | 1655 | the seizure of the judges during the assizes; the ride westward into Devon; the rule of the major-generals that followed | a small failed rising handed Cromwell an excuse to govern through soldiers | the rising genuinely endangered the Protectorate | John Penruddock and his men seized the assize judges at Salisbury in March 1655. | Penruddock was beheaded at Exeter in May 1655.
The Earl Who Sailed From Holland | politics | Argyll's Rising | the Earl of Argyll, Scottish Covenanters and the royal army | the western Highlands and the Firth of Clyde | 1685 | the voyage from Holland timed to match Monmouth's landing; the quarrels among the rebel leaders; the capture of Argyll at Inchinnan | the rising failed because its leaders could never agree where to fight | the rising failed because Scots had no appetite for rebellion | The Earl of Argyll sailed from Holland with three ships in May 1685. | Argyll was captured at Inchinnan and beheaded in Edinburgh in June 1685.
A Jacobite Plot That Fell Apart in Court | politics | the Lancashire Plot | Catholic gentry of Lancashire, paid informers and a Manchester jury | the courtroom at Manchester | 1694 | the informer's tale of Jacobite commissions; the trial of the gentlemen at Manchester; the collapse of the prosecution | the case showed that juries would no longer believe professional informers | the plot was real and the jury let guilty men go | Several Catholic gentlemen of Lancashire were tried for treason at Manchester in October 1694. | The Manchester jury acquitted every one of the accused.
The Bishop and the Spotted Dog | politics | the Atterbury Plot | the Bishop of Rochester, Jacobite agents and Robert Walpole | Westminster and the Tower of London | 1720 to 1723 | the plan for a rising during the general election; the intercepted letters that mentioned a dog called Harlequin; the bill of pains and penalties | Walpole used the plot to tie the Tories to treason for a generation | the plot was a clumsy fantasy that Walpole inflated | A bill of pains and penalties banished Bishop Francis Atterbury from England in 1723. | The lawyer Christopher Layer was executed at Tyburn in May 1723 over his role in the plot.
A Tax on Apples | economic history | the cider excise of 1763 | West Country farmers, the ministry of Lord Bute and excise officers | the cider counties of Herefordshire, Devon and Somerset | 1763 to 1766 | the duty charged on every hogshead; the dread of excise officers entering farmhouses; the repeal under Rockingham | the protest turned on officers entering private houses more than on the money | the tax was a reasonable measure opposed by selfish farmers | Parliament passed a duty on cider and perry in 1763. | The cider excise was repealed in 1766.
Wilkes and Liberty on the Fields | politics | the massacre of St George's Fields | supporters of John Wilkes, Scots Guards and Southwark magistrates | the open ground outside the King's Bench Prison | 1768 | the election of Wilkes for Middlesex; the crowd outside the prison; the shooting of a young man by soldiers | the shootings turned Wilkes from a scandalous journalist into a popular cause | the crowd was a mob that the soldiers had no choice but to disperse | Troops fired on a crowd outside the King's Bench Prison in May 1768. | Several people were killed, among them a young man named William Allen.
Deliveries to Number Fifty-Four | social history | the Berners Street hoax | the prankster Theodore Hook, a London widow and hundreds of tradesmen | Berners Street in the West End | 1810 | the letters sent in the widow's name; the crowd of tradesmen, dignitaries and carts; the blocked streets and the hunt for the culprit | the hoax worked because it turned the post office and the trade directories into weapons | Hook's prank meant nothing beyond a passing laugh | Hundreds of tradesmen and visitors arrived at a house in Berners Street in November 1810 after forged letters summoned them. | London's Lord Mayor was among the callers at the house.
Bread and Beer in the Fens | social history | the Ely and Littleport riots | fenland labourers, local magistrates and a troop of dragoons | the villages of the Isle of Ely | 1816 | the price of bread after a bad harvest; the night of drinking and looting in Littleport; the special commission and its hangings | the riots grew from hunger and low wages rather than from radical politics | the riots were drunken looting with no real cause | Labourers from Littleport marched on Ely in May 1816 demanding cheaper bread. | Five rioters were hanged at Ely in June 1816.
The Queen's Ladies | politics | the Bedchamber crisis | Queen Victoria, Sir Robert Peel and the Whig ladies of the household | Buckingham Palace | 1839 | the fall of Lord Melbourne's ministry; Peel's request to replace some household ladies; Melbourne's return to office | the crisis showed the limits of a young queen's power rather than its reach | the crisis proved that the crown could still choose its ministers | Sir Robert Peel declined to form a government in May 1839 after the queen refused to dismiss some of her ladies. | Lord Melbourne returned as prime minister and stayed in office until 1841.
Carriages in Hyde Park on a Sunday | social history | the Sunday Trading riots | London workers, carriage folk in Hyde Park and the Metropolitan Police | Hyde Park | 1855 | the bill to ban trading on Sundays; the crowds that jeered the carriages; the police charge and the inquiry that followed | the riots protested against a law that would have fallen only on the poor | the riots were disorder stirred up by agitators | Large crowds gathered in Hyde Park on Sundays in the summer of 1855 to protest against a bill banning Sunday trading. | The bill was withdrawn in July 1855.
Trafalgar Square Closed | politics | Bloody Sunday in Trafalgar Square | socialists, Irish home rulers and the Metropolitan Police | Trafalgar Square | 1887 | the ban on meetings in the square; the march against coercion in Ireland; the trials of the leaders | the day turned free speech into a cause the labour movement would keep | the police merely kept order against a violent crowd | Police and soldiers broke up a banned demonstration in Trafalgar Square on 13 November 1887. | The radical member of Parliament Robert Cunninghame Graham was jailed for his role in the demonstration.
A Hundred Pounds for Catching Influenza | legal history | the Carbolic Smoke Ball case | the Carbolic Smoke Ball Company, Louisa Carlill and three appeal judges | the Court of Appeal sitting in London | 1891 to 1893 | the advertisement promising a reward; the influenza caught after weeks of daily doses; the judgment that the promise bound the company | the judgment counts because it treated an advertisement as a promise to the public | the decision was a freak that stretched the law of contract | The Carbolic Smoke Ball Company advertised in 1891 that it would pay a hundred pounds to anyone who caught influenza after using its product. | The Court of Appeal found in favour of Louisa Carlill in December 1892.
The Body in the Moat Farm Ditch | legal history | the Moat Farm murder | Camille Holland, Samuel Dougal and the Essex police | the Moat Farm near Saffron Walden | 1899 to 1903 | the disappearance of a wealthy spinster; the forged cheques that kept her money flowing; the body dug out of a drainage ditch | bank paperwork, not detective brilliance, solved the case | the killer was caught only through luck | Camille Holland disappeared from the Moat Farm in Essex in May 1899. | Samuel Dougal was hanged at Chelmsford in July 1903.
The Financier Who Forged Stock | economic history | the Hatry crash | the financier Clarence Hatry, London bankers and ordinary investors | the banks and brokers of the City | 1929 to 1930 | the plan to merge the steel industry; the forged share certificates pledged as security; the collapse of his companies | the crash shook London by revealing how little the City checked its borrowers | Hatry was a lone swindler whose fall taught nothing | Clarence Hatry's companies collapsed in September 1929. | Hatry was sentenced to fourteen years in prison in January 1930.
Canadian Soldiers at Epsom | military history | the Epsom riot | Canadian soldiers awaiting repatriation, Epsom police and local townspeople | the town of Epsom in Surrey | 1919 | the long wait for ships home; the attack on the police station; the death of a station sergeant | the riot came from frustration at slow demobilisation rather than hatred of the police | the soldiers were a drunken mob with no grievance | Canadian soldiers attacked Epsom police station in June 1919. | Station Sergeant Thomas Green died of injuries he received during the riot.
The Match They Called a Battle | social history | the Battle of Highbury | the England and Italy football teams, their managers and the London crowd | the Arsenal Stadium at Highbury | 1934 | the broken foot of an Italian player in the opening minutes; the fouls and fights that followed; the newspaper outcry in both countries | the match was shaped by politics as much as by football | the violence was simply the result of an early injury | England beat Italy by three goals to two at Highbury in November 1934. | Seven Arsenal players were in the England team that day.
Rescuers Underground at Barnsley | history | the Oaks Colliery explosion | colliers, rescue volunteers and the colliery owners | the Oaks Colliery near Barnsley | 1866 | the firedamp that gathered in the workings; the second explosion that killed the rescuers; the inquest and the owners' share of blame | the disaster came from ventilation practices the whole industry tolerated | nobody at the time knew enough to have prevented the explosion | An explosion at the Oaks Colliery near Barnsley in December 1866 killed more than three hundred people. | A second explosion the next day killed many of the volunteers who had gone down to help.
Firedamp at Blantyre | history | the Blantyre explosion | Lanarkshire colliers with their families, and the firm of William Dixon | the pits at High Blantyre | 1877 | the naked lights carried underground; the explosion and its toll of men and boys; the widows turned out of company houses | the disaster showed how weak inspection was in the Scottish coalfields | the colliers' own carelessness caused the explosion | An explosion at the Blantyre pits in Lanarkshire in October 1877 left over two hundred men and boys dead. | It remains the worst mining disaster in Scottish history.
A Fire Below the Sea at Whitehaven | history | the Wellington Pit disaster | Cumberland colliers, rescue teams and the mine managers | the Wellington Pit at Whitehaven, whose workings ran under the sea | 1910 | the fire that started deep in the workings; the decision to seal the mine; the men found alive when it was reopened | sealing the pit was a defensible choice made on too little information | the managers sealed the mine too early to save lives | A fire and explosion at the Wellington Pit in Whitehaven in May 1910 killed one hundred and thirty-six men. | Five men were rescued alive after the workings were reopened.
Trapped by Peat at New Cumnock | history | the Knockshinnoch disaster | Ayrshire colliers, mine rescue brigades and officials of the Coal Board | the Knockshinnoch Castle colliery at New Cumnock | 1950 | the field that collapsed into the workings; the men trapped behind the liquid peat; the rescue through an abandoned neighbouring mine | the rescue worked because the brigades improvised a route nobody had planned | the men survived by sheer good fortune | Liquid peat from a field poured into the Knockshinnoch Castle colliery in September 1950. | One hundred and sixteen men were brought out alive after two days underground.
A Bridge Over the Ashtabula | history of technology | the Ashtabula River bridge disaster | train passengers, railway engineers and the bridge's designer Amasa Stone | the iron bridge at Ashtabula in Ohio | 1876 | the iron truss built to an untried design; the span that gave way under a train in a snowstorm; the coal stoves that set the wreck on fire | the disaster came from an untested design that nobody was obliged to inspect | the storm rather than the bridge caused the collapse | A bridge at Ashtabula in Ohio collapsed beneath a passenger train in December 1876. | About ninety people died in the fall and the fire that followed.
A Train Out of the Fire | history | the Great Hinckley Fire | lumber town residents, railway crews and relief workers | the pine forests around Hinckley in Minnesota | 1894 | the drought and logging waste that fed the flames; the trains that carried people out; the swamp and the river where others sheltered | logging practices rather than the weather alone made the fire so deadly | the drought alone explains the fire | A firestorm destroyed the town of Hinckley in Minnesota on 1 September 1894. | The fire killed over four hundred people.
A Car Shaped Like a Teardrop | history of technology | the Dymaxion car | the designer Buckminster Fuller, his engineers and the press | the workshop at Bridgeport in Connecticut | 1933 to 1934 | the three-wheeled teardrop body; the crash outside the Chicago fair; the backers who withdrew | the car failed because one crash destroyed public trust in it | the car was simply too dangerous to drive | Buckminster Fuller built the first Dymaxion car in 1933. | A crash near the Chicago World's Fair in October 1933 killed the car's driver.
The Flying Boat That Flew Once | history of technology | the Hughes flying boat | Howard Hughes, the shipbuilder Henry Kaiser and Senate investigators | the harbour at Long Beach in California | 1942 to 1947 | the wartime contract for a giant wooden transport; the Senate hearing into the money spent; the single short flight | peace in 1945 overtook the aircraft, not bad design | the aircraft was a wasteful vanity project from the start | The Hughes H-4 Hercules made its only flight at Long Beach in November 1947. | The aircraft was built mostly of birch rather than spruce.
Harbours Towed Across the Channel | military history | the Mulberry harbours | British engineers, American construction crews and the Royal Navy | the Normandy beaches at Arromanches and Omaha | 1943 to 1944 | the concrete caissons built in secret; the floating roadways on their pontoons; the storm that wrecked the American harbour | the harbours mattered more as insurance than as the main route for supplies | the harbours were the single key to victory in Normandy | Sections of the Mulberry harbours were towed across the Channel in June 1944. | A storm in late June 1944 wrecked the American harbour off Omaha Beach.
An Aircraft Carrier Made of Ice | history of technology | Project Habakkuk | Geoffrey Pyke, Lord Mountbatten and Canadian scientists | Patricia Lake in the Alberta Rockies | 1942 to 1944 | the mixture of ice and wood pulp called pykrete; the model built on a Canadian lake; the cancellation as costs rose | the project died because longer-range aircraft made it unnecessary | the idea was never more than a fantasy | Geoffrey Pyke proposed building aircraft carriers from ice mixed with wood pulp in 1942. | A small prototype was built on Patricia Lake in Alberta in 1943.
The Submarine That Sank Its Target | naval history | the Hunley submarine | Confederate sailors, the engineer Horace Hunley and the Housatonic's crew | the harbour of Charleston in South Carolina | 1863 to 1864 | the hand-cranked hull that sank twice in trials; the spar torpedo attack on the Housatonic; the disappearance of the boat after the attack | the attack proved the idea of the submarine while showing its cost in lives | the attack was a desperate stunt that taught later navies nothing | The Confederate submarine Hunley sank the USS Housatonic off Charleston in February 1864. | The Hunley was lost with all its crew on the same night.
A Wooden Egg Under HMS Eagle | naval history | Bushnell's Turtle | the inventor David Bushnell, the volunteer Ezra Lee and the British fleet | the harbour of New York | 1775 to 1776 | the one-man wooden hull driven by hand cranks; the attempt to fix a charge to HMS Eagle; the later doubts that the attack happened at all | the Turtle was a working machine that failed at the limits of one man's strength | the story of the attack was invented after the war | Ezra Lee tried to attach an explosive charge to HMS Eagle in New York harbour in September 1776. | The charge drifted away and exploded without harming the ship.
An American Submarine for Napoleon | history of technology | Robert Fulton's Nautilus | Robert Fulton, French naval ministers and British spies | the harbour of Brest | 1797 to 1804 | the copper-covered hull with a folding sail; the trials in which it stayed under water for hours; Fulton's move to Britain | the submarine failed because no navy wanted a weapon that seemed dishonourable | the submarine failed because it did not work | Robert Fulton tested his submarine Nautilus in the harbour of Brest in 1801. | Fulton later offered his designs to the British government.
The Explorer Who Walked Into Silence | history | the disappearance of Ludwig Leichhardt | the explorer Ludwig Leichhardt, his companions and the search parties that followed | the inland plains of Queensland | 1844 to 1848 | the successful journey to Port Essington; the last expedition west from the Darling Downs; the searches that found almost nothing | the mystery lasted because searchers looked where the explorer was expected to be | Leichhardt's own poor leadership killed him | Ludwig Leichhardt reached Port Essington on the northern coast in December 1845. | Leichhardt and his party vanished after setting out from the Darling Downs in 1848.
A Rescue Nobody Asked For | imperial history | the Emin Pasha Relief Expedition | the explorer Henry Morton Stanley, his officers and the governor Emin Pasha | the Ituri forest and the shores of Lake Albert | 1887 to 1889 | the march through the Ituri forest; the rear column left behind at Yambuya; the governor who did not wish to be rescued | the expedition served commercial ambitions more than any rescue | the expedition was a humane mission undone by bad luck | Henry Morton Stanley set out in 1887 to relieve Emin Pasha in the southern Sudan. | Stanley's column reached Emin on the shore of Lake Albert in April 1888.
An Embassy to the Qianlong Emperor | imperial history | the Macartney embassy | Lord Macartney, his scientists and the officials of the Qing court | the emperor's summer retreat at Chengde | 1792 to 1794 | the gifts of telescopes and clocks; the quarrel over the kowtow; the emperor's letter refusing trade concessions | the embassy failed because the two courts misread each other's aims | Chinese arrogance alone wrecked the embassy | Lord Macartney met the Qianlong Emperor at Chengde in September 1793. | The emperor's reply turned down every British request for wider trade.
Drums on the Stono River | history | the Stono Rebellion | enslaved Africans, planters of the Carolina lowcountry and the colonial militia | the banks of the Stono River in South Carolina | 1739 to 1740 | the march south towards Spanish Florida; the battle with the militia; the slave code passed the next year | the rising was an organised attempt to reach freedom in Florida rather than a blind outbreak | the revolt was a sudden riot with no plan | Enslaved men rose near the Stono River in South Carolina in September 1739. | South Carolina passed the Negro Act in 1740 to tighten control over enslaved people.
Burning the Gaspee | politics | the Gaspee affair | Rhode Island merchants, the crew of a customs schooner and a royal commission | Narragansett Bay | 1772 to 1773 | the schooner's patrols against smugglers; the night boarding and the burning of the schooner; a royal inquiry that found nobody willing to talk | the affair taught the colonies to organise against royal inquiries | the attack was a smugglers' revenge with no political meaning | Men from Providence burned the customs schooner Gaspee after it ran aground in June 1772. | A royal commission of inquiry in 1773 failed to identify anyone to prosecute.
A Cane on the Senate Floor | politics | the caning of Charles Sumner | the senator Charles Sumner, the congressman Preston Brooks and the newspapers of both sections | the Senate chamber in Washington | 1856 | the speech attacking a South Carolina senator; the beating at Sumner's desk; the canes sent to Brooks as gifts | the attack mattered because each section cheered what the other condemned | newspapers blew a private quarrel out of proportion | Preston Brooks beat Senator Charles Sumner with a cane in the Senate chamber in May 1856. | Sumner did not return to the Senate for more than three years.
Coal Country Justice | social history | the Molly Maguires trials | Irish mineworkers, the detective James McParlan and the coal companies | the anthracite fields of Pennsylvania | 1876 to 1878 | the undercover detective in the miners' lodges; the trials run by company lawyers; the hangings of 1877 | the trials punished a movement as much as any crimes | the hanged men were all proven murderers | Ten men accused of being Molly Maguires were hanged in Pennsylvania on 21 June 1877. | The detective James McParlan had spent more than two years working undercover among the miners.
A March of the Unemployed | politics | Coxey's Army | the businessman Jacob Coxey, unemployed workers and the Capitol police | the road from Massillon in Ohio to Washington | 1894 | the demand for public works paid with new money; the long march through the spring; the arrest on the Capitol lawn | the march mattered for the ideas it made familiar rather than for what it won | the march was a publicity stunt with no lasting effect | Jacob Coxey led a march of unemployed men from Ohio to Washington in 1894. | Coxey was arrested for walking on the grass of the Capitol grounds in May 1894.
Railway Shares for Congressmen | politics | the Credit Mobilier scandal | Union Pacific promoters, the congressman Oakes Ames and the members who took his shares | the committee rooms of Congress in Washington | 1864 to 1873 | the construction company paid far above cost; the shares placed where they would do most good; the congressional inquiry | the scandal grew from a way of financing railways that invited fraud | a few greedy politicians were solely to blame | The New York Sun exposed the Credit Mobilier shares held by members of Congress in September 1872. | The House of Representatives censured Oakes Ames in 1873.
Churches Burning in Philadelphia | religious history | the Philadelphia nativist riots | Irish Catholic immigrants, nativist crowds and the state militia | the districts of Kensington and Southwark in Philadelphia | 1844 | the dispute over which Bible schoolchildren should read; the burning of Catholic churches in Kensington; the battle with the militia in Southwark | the riots grew from a school quarrel that politicians chose to inflame | the riots were an outburst of religious hatred with no political side | Rioters burned two Catholic churches in the Kensington district of Philadelphia in May 1844. | Militia fired on crowds in Southwark in July 1844.
Rising in Saint Mary's Parish | history | Tacky's War | enslaved Akan people, Jamaican planters and British troops | the parish of Saint Mary in Jamaica | 1760 to 1761 | the night attack on the fort at Port Maria; the spread of the rising across the island; the punishments that followed | the rising was planned across several estates rather than breaking out by chance | the revolt was a local outbreak that was quickly contained | Tacky led a rising of enslaved people in the parish of Saint Mary in Jamaica at Easter 1760. | Tacky was killed in the hills by a pursuing party in 1760.
The Christmas Strike in Jamaica | religious history | the Baptist War | enslaved Baptists, the deacon Samuel Sharpe and the planters of western Jamaica | the estates of western Jamaica | 1831 to 1832 | the plan for a peaceful strike after Christmas; the burning of estates when the strike turned violent; the trials and the debate in Britain | the rising hastened emancipation by exposing the violence slavery needed | the rising delayed reform by frightening Parliament | The rising began on the Kensington estate in western Jamaica in December 1831. | Samuel Sharpe was hanged at Montego Bay in May 1832.
A Missionary in a Colonial Prison | religious history | the Demerara rebellion | enslaved people of the Demerara coast, the missionary John Smith and the colonial governor | the coastal estates of Demerara | 1823 to 1824 | the rumour that freedom had been granted in London; the rising on dozens of estates; the trial and death of the missionary | the rising pushed British opinion towards ending slavery | the missionary caused the rising by preaching sedition | Thousands of enslaved people rose on the Demerara coast in August 1823. | The missionary John Smith died in prison in February 1824 while awaiting the outcome of an appeal.
Election Money and a Railway | politics | the Pacific Scandal | the prime minister John Macdonald, the shipping magnate Hugh Allan and opposition members | Ottawa and Montreal | 1872 to 1873 | the promise of a railway charter; the campaign funds paid by Allan; the telegram asking for ten thousand dollars more | the scandal showed how far party funding depended on favours | Macdonald was simply a corrupt leader | Hugh Allan gave large sums to Macdonald's Conservatives during the election of 1872. | Macdonald resigned as prime minister in November 1873.
Deportation From Grand Pre | history | the expulsion of the Acadians | Acadian farmers, British colonial officials and New England troops | the villages of Grand Pre and the Minas Basin | 1755 to 1764 | the oath of allegiance the Acadians would not take; the ships that scattered families among the colonies; the return of some exiles years later | the expulsion was a planned removal rather than a wartime necessity | the expulsion was forced on the British by the war with France | British troops began deporting Acadians from Nova Scotia in 1755. | About two thousand people were deported from the area of Grand Pre alone.
A Spy Plane Over Sverdlovsk | politics | the U-2 incident | the pilot Francis Gary Powers, the Soviet leadership and the Eisenhower administration | the sky above Sverdlovsk | 1960 to 1962 | the overflight from Pakistan; the cover story about a weather aircraft; the collapse of the Paris summit | the cover story did more damage than the flight itself | the incident destroyed a real chance of easing the Cold War | A Soviet missile brought down an American U-2 spy plane near Sverdlovsk on 1 May 1960. | Francis Gary Powers was exchanged for a Soviet spy in Berlin in February 1962.
The Flour War of 1775 | economic history | the Flour War | the minister Turgot, market crowds and the royal troops | the markets of the Paris region | 1774 to 1775 | the freeing of the grain trade; the crowds that fixed their own prices; the troops and hangings that ended the disturbances | the crowds defended a moral idea of fair prices rather than opposing the king | Turgot's enemies at court stirred up the riots | Turgot freed the internal grain trade in France in 1774. | Crowds seized grain and set their own prices in markets around Paris in the spring of 1775.
Voltaire and the Calas Family | religious history | the Calas affair | a Protestant merchant's family, the magistrates of Toulouse and Voltaire | the city of Toulouse | 1761 to 1765 | the death of the merchant's son; the execution of Jean Calas on the wheel; Voltaire's campaign to clear his name | the case changed opinion because Voltaire made one family stand for a whole system | the judges acted on evidence that seemed strong at the time | Jean Calas was executed in Toulouse in March 1762 for the supposed murder of his son. | A royal court declared Calas innocent in 1765.
A Crucifix Damaged at Abbeville | religious history | the La Barre affair | a young nobleman, the magistrates of Abbeville and the Parlement of Paris | the town of Abbeville in Picardy | 1765 to 1766 | the damaged crucifix on a bridge; the charges of singing impious songs; the execution and the burning of a book by Voltaire with the body | the sentence came from local feuds more than from the damaged crucifix | the court was applying the law as it stood | The Chevalier de La Barre was executed at Abbeville in July 1766. | A copy of Voltaire's Philosophical Dictionary was burned with his body.
Miracles in a Paris Cemetery | religious history | the convulsionaries of Saint-Medard | Jansenist believers, the Paris police and the archbishop | the cemetery of Saint-Medard in Paris | 1727 to 1732 | the cures reported at the deacon's tomb; the convulsions that drew crowds; the closing of the cemetery by royal order | the movement was a religious protest against the hierarchy rather than mass hysteria | the convulsions were a kind of collective madness | Crowds began reporting miraculous cures at the tomb of the deacon Francois de Paris in 1727. | A royal order closed the cemetery of Saint-Medard in January 1732.
Students at the Wartburg | politics | the Wartburg Festival | German student fraternities, their professors and the rulers of the German states | the Wartburg castle near Eisenach | 1817 | the celebration of Luther and the victory at Leipzig; the burning of books and symbols; the fear it stirred among governments | the festival frightened rulers far more than its size warranted | the festival launched a real revolutionary movement | About five hundred students met at the Wartburg castle in October 1817. | Some students burned books and military symbols on a bonfire during the festival.
A Playwright Stabbed in Mannheim | politics | the murder of August von Kotzebue | the student Karl Ludwig Sand, the playwright Kotzebue and Metternich's ministers | the city of Mannheim | 1819 to 1820 | the student's hatred of a writer he took for a spy; the killing in the writer's house; the Carlsbad Decrees | Metternich used the murder to impose controls he already wanted | the decrees were a reasonable reply to real terrorism | Karl Ludwig Sand stabbed August von Kotzebue to death in Mannheim in March 1819. | The Carlsbad Decrees of September 1819 imposed censorship on the press and the universities.
Black, Red and Gold at Hambach | politics | the Hambach Festival | liberal journalists, Palatinate winegrowers and the Bavarian government | Hambach Castle in the Palatinate | 1832 | the crowds calling for a united Germany; the black, red and gold flags; the arrests and bans that followed | the festival showed that liberal ideas had spread beyond students to ordinary people | the festival was a noisy fair with no real following | About thirty thousand people gathered at Hambach Castle in May 1832. | The German Confederation banned political associations and meetings soon afterwards.
The Short War in Switzerland | politics | the Sonderbund War | the Catholic cantons, the liberal federal army and General Dufour | the cantons of central Switzerland | 1847 to 1848 | the separate alliance of seven Catholic cantons; the brief campaign led by Dufour; the federal constitution that followed | the war stayed short because Dufour fought it to limit bitterness | the war was won only because foreign powers stayed out | The Sonderbund War lasted less than a month in November 1847. | Switzerland adopted a new federal constitution in 1848.
The Officers in the Senate Square | politics | the Decembrist revolt | army officers, the troops they led and Tsar Nicholas I | Senate Square in Saint Petersburg | 1825 to 1826 | the confusion over the succession; the regiments drawn up in the square; the trials, hangings and exile to Siberia | the officers lost because they would not act while they had the chance | the rank and file never understood what they were fighting for | Rebel officers drew up their troops in Senate Square in Saint Petersburg in December 1825. | Five Decembrist leaders were hanged in July 1826.
A Mock Execution in Semyonovsky Square | politics | the Petrashevsky circle | young writers and officials, a police informer and Tsar Nicholas I | the Friday gatherings at Mikhail Petrashevsky's house | 1845 to 1849 | the reading groups on French socialism; the arrests of April 1849; the staged execution and the last-minute reprieve | the regime punished talk as treason because of the revolutions in Europe | the circle was a real conspiracy | Members of the Petrashevsky circle were arrested in Saint Petersburg in April 1849. | The young Fyodor Dostoevsky faced a firing squad before a reprieve was read out in December 1849.
The Boy Who Walked Into Nuremberg | history | the case of Kaspar Hauser | a foundling youth, his guardians and the British lord who took him up | the city of Nuremberg and the town of Ansbach | 1828 to 1833 | the youth found holding a letter in a square; the stories of his years in a dark cell; the fatal stab wound in a park | the legend grew because many people needed the youth to be a lost prince | Kaspar Hauser was an impostor from the start | Kaspar Hauser appeared in Nuremberg in May 1828 holding a letter addressed to a cavalry officer. | Hauser died of a stab wound in Ansbach in December 1833.
The Powder Store at Arkadi | religious history | the siege of the Arkadi monastery | Cretan rebels, monks and refugees, and the Ottoman army | the monastery of Arkadi in Crete | 1866 | the Cretan rising against Ottoman rule; the siege of the monastery; the explosion of the powder store | the disaster won Crete a sympathy abroad that battles could not | the explosion changed nothing about the island's future | Ottoman troops besieged the monastery of Arkadi in Crete in November 1866. | The defenders set fire to the powder store as the attackers broke in.
The Bulgarian Horrors | politics | the April Uprising in Bulgaria | Bulgarian revolutionaries, Ottoman irregulars and British politicians | the villages of the Rhodopes and the Sredna Gora | 1876 | the rising betrayed before it began; the massacre at Batak; the pamphlet that stirred British opinion | the uprising mattered for the reaction abroad rather than its military results | the reports of massacres were exaggerated for political ends | Bulgarian revolutionaries began an uprising against Ottoman rule in April 1876. | Gladstone published his pamphlet on the Bulgarian horrors in September 1876.
The Republic of Krusevo | politics | the Ilinden Uprising | Macedonian revolutionaries, villagers and the Ottoman army | the town of Krusevo in Macedonia | 1903 | the rising on the feast of Saint Elijah; the short-lived republic at Krusevo; the burning of villages that followed | the uprising was crushed quickly but changed how Europe saw Macedonia | the rising was premature and achieved nothing | The Ilinden Uprising against Ottoman rule began in Macedonia in August 1903. | Rebels held the town of Krusevo for about ten days.
A Blood Libel in Kiev | legal history | the Beilis trial | the clerk Menahem Mendel Beilis, Russian prosecutors and a jury of peasants | the courtroom in Kiev | 1911 to 1913 | the murder of a schoolboy; the prosecution's use of ritual murder claims; the verdict of the jury | the trial backfired on the government because the evidence was so plainly false | the government never really believed in the case it brought | Menahem Mendel Beilis was arrested in Kiev in July 1911. | A jury acquitted Beilis in October 1913.
The Kaiser Rides Through Tangier | politics | the Tangier crisis | the Kaiser, the French foreign minister Delcasse and the Sultan of Morocco | the port of Tangier | 1905 to 1906 | the Kaiser's landing and ride through the town; the fall of Delcasse; the conference at Algeciras | the crisis drew Britain and France closer, the opposite of what Germany wanted | the crisis was a German triumph that was later thrown away | Kaiser Wilhelm II landed at Tangier in March 1905 and declared support for the Sultan. | The Algeciras Conference met in January 1906 to settle the dispute.
A Staged Raid on a Radio Station | politics | the Gleiwitz incident | SS men in Polish uniforms, a murdered prisoner and Nazi propagandists | the radio station at Gleiwitz in Silesia | 1939 | the fake attack planned by the SS; the short broadcast in Polish; the use of the raid to justify invasion | the raid was staged for German listeners more than for foreign governments | the raid made no difference because the invasion was already fixed | SS men staged an attack on the radio station at Gleiwitz on 31 August 1939. | Germany invaded Poland the next morning.
Prisoners in a Norwegian Fjord | naval history | the Altmark incident | British prisoners, the crew of HMS Cossack and Norwegian officials | the Jossingfjord in Norway | 1940 | the supply ship carrying captured merchant seamen; the Norwegian searches that found nothing; the boarding by HMS Cossack | the incident convinced both sides that Norwegian neutrality could not last | the boarding was a plain breach of neutrality that Britain should not have risked | Sailors from HMS Cossack boarded the German ship Altmark in a Norwegian fjord in February 1940. | About three hundred British prisoners were freed from the ship.
A Refugee Ship at Istanbul | history | the sinking of the Struma | Jewish refugees from Romania, Turkish officials and British diplomats | the harbour of Istanbul and the Black Sea | 1941 to 1942 | the leaking ship held for weeks at Istanbul; the refusal of entry permits to Palestine; the torpedo that sank the ship | the deaths came from governments refusing responsibility rather than from the war alone | no government could have acted differently in wartime | The Struma reached Istanbul with about eight hundred refugees in December 1941. | A Soviet submarine torpedoed the Struma in the Black Sea in February 1942.
Turbans at Vellore | imperial history | the Vellore mutiny | Indian sepoys, British officers and the sons of Tipu Sultan | the fort at Vellore | 1806 | the new dress rules on turbans and caste marks; the night attack on the European barracks; the relief column from Arcot | the mutiny came from insults to religion and status rather than from a royal plot | the mutiny was planned by Tipu's family | Sepoys at Vellore rose against their British officers in July 1806. | A cavalry force from Arcot retook the fort the same day.
A Regiment That Would Not March | military history | the Barrackpore mutiny | sepoys of the Forty-Seventh Bengal Native Infantry, British officers and the commander-in-chief | the cantonment at Barrackpore | 1824 | the order to march to the war in Burma; the lack of bullocks and the fear of crossing the sea; the guns fired on the parade ground | the army met a protest about conditions with artillery | the sepoys were in open rebellion and had to be crushed | Troops of the Forty-Seventh Bengal Native Infantry refused to march to Burma in November 1824. | Artillery opened fire on the regiment on the parade ground at Barrackpore.
Blue Dye and Bengal Peasants | economic history | the Indigo revolt | Bengal peasants, European indigo planters and the colonial commission | the indigo districts of Bengal | 1859 to 1860 | the contracts that forced peasants to grow indigo; the refusal to sow the crop; the play Nil Darpan | the revolt succeeded because peasants acted together and won educated allies | the revolt ended only because the indigo market was failing anyway | Bengal peasants refused to sow indigo for European planters in 1859. | The Indigo Commission of 1860 reported that peasants could not be forced to grow the crop.
Tenants Against Landlords in Pabna | economic history | the Pabna revolt | tenant farmers, zamindars and colonial magistrates | the district of Pabna in eastern Bengal | 1873 to 1885 | the rent increases demanded by landlords; the peasant leagues that refused to pay; the tenancy act that followed | the movement kept within the law and won because of it | the movement was a violent rising put down by force | Tenant farmers in Pabna formed leagues to resist rent increases in 1873. | The Bengal Tenancy Act of 1885 gave tenants greater security.
The Kukas of the Punjab | religious history | the Kuka revolt | Namdhari Sikhs, their leader Ram Singh and British district officers | the town of Malerkotla in the Punjab | 1871 to 1872 | the campaign against cow slaughter; the attack on Malerkotla; the men blown from guns without trial | the official response did more to make the Kukas martyrs than the rising did | the harsh response stopped a dangerous rebellion | Kuka followers attacked the town of Malerkotla in January 1872. | Dozens of captured Kukas were blown from cannon on the orders of a district officer.
A Train Stopped Near Kakori | politics | the Kakori train robbery | young revolutionaries of the Hindustan Republican Association and the colonial police | the railway line near Kakori outside Lucknow | 1925 to 1927 | the robbery of government money on a train; the arrests across northern India; the hangings of 1927 | the robbery mattered more as a symbol than for the money it took | the revolutionaries were common robbers | Revolutionaries robbed a train carrying government money near Kakori in August 1925. | Ram Prasad Bismil and three others were hanged in December 1927.
The Armoury at Chittagong | politics | the Chittagong armoury raid | Surya Sen and his young followers, colonial police and the European Auxiliary Force | the port of Chittagong in Bengal | 1930 to 1934 | the seizure of the armouries; the fight on Jalalabad Hill; the capture and execution of Surya Sen | the raid inspired others because it was so openly organised | the raid was a military failure with no wider effect | Surya Sen's followers seized the armouries at Chittagong in April 1930. | Surya Sen was hanged in January 1934.
The Galon King | imperial history | the Saya San rebellion | Burmese peasants, their leader Saya San and British troops | the Tharrawaddy district of Burma | 1930 to 1932 | the falling rice prices and the head tax; the rising in Tharrawaddy; the trial and hanging of Saya San | the rebellion was a tax revolt dressed in the language of kingship | the rebellion was a superstitious outbreak | Peasants in the Tharrawaddy district of Burma rose under Saya San in December 1930. | Saya San was hanged at Tharrawaddy in November 1931.
A Skirmish at Panjdeh | imperial history | the Panjdeh incident | Russian troops, Afghan soldiers and ministers in London | the oasis of Panjdeh on the Afghan frontier | 1885 to 1887 | the Russian advance through Central Asia; the clash with Afghan troops; the war scare in London | the crisis showed that neither empire wanted war over Afghanistan | Britain came within days of war with Russia | Russian troops defeated an Afghan force at Panjdeh in March 1885. | The frontier dispute was settled by negotiation in 1887.
Forty-Eight Days in Chitral Fort | military history | the siege of Chitral | the British agent, his small garrison and the relief columns | the fort at Chitral in the Hindu Kush | 1895 | the succession quarrel in the little state; the siege of the fort; the two relief forces racing to reach it | the siege became famous because of the race to relieve it rather than the fighting | the relief forces saved a garrison on the edge of destruction | The British garrison in Chitral was besieged in March 1895. | A column under Colonel Kelly reached Chitral in April 1895.
A Mission to Lhasa | imperial history | the Younghusband expedition to Tibet | Colonel Francis Younghusband, Tibetan defenders and Lord Curzon | the plateau of Tibet and the city of Lhasa | 1903 to 1904 | the fear of Russian influence in Tibet; the killings at Guru; the treaty signed at Lhasa | the expedition answered imaginary Russian plans with real force | the expedition was needed to secure India's frontier | British troops killed several hundred Tibetans at Guru in March 1904. | Younghusband signed a treaty in Lhasa in September 1904.
The End of the Ryukyu Kingdom | politics | the annexation of the Ryukyu Kingdom | the Ryukyuan king, Meiji officials and the Qing court | the castle of Shuri on Okinawa | 1872 to 1879 | the kingdom's double tribute to China and Japan; the removal of the king to Tokyo; China's protest and the failed talks | the annexation was the first step in Japan's expansion abroad | the annexation completed a union the islands had long been heading for | Japan abolished the Ryukyu Kingdom and created Okinawa Prefecture in 1879. | The last king, Sho Tai, was moved to Tokyo.
The Affray at Wairau | imperial history | the Wairau affray | New Zealand Company settlers, the chiefs Te Rauparaha and Te Rangihaeata and the colonial governor | the Wairau valley | 1843 to 1844 | the survey of land the chiefs had not sold; the armed party sent to arrest them; the governor's ruling that the settlers were at fault | the company's doubtful land purchases, not Maori aggression, caused the clash | the settlers were victims of an unprovoked attack | Twenty-two settlers were killed in the Wairau valley in June 1843. | Governor FitzRoy decided in 1844 that the settlers had been in the wrong.
A Line Across Van Diemen's Land | imperial history | the Black Line | settlers, convicts and soldiers, and the Aboriginal people of Tasmania | the settled districts of Van Diemen's Land | 1830 | the governor's call for every able man; the line that swept across the island; the tiny result of two captures | the operation missed its aim yet signalled a policy of removal | the Black Line was a farce without consequences | Governor Arthur ordered a line of more than two thousand men to sweep across Van Diemen's Land in October 1830. | The line captured only two Aboriginal people.
A Ship Brings Influenza to Samoa | history of medicine | the influenza epidemic in Western Samoa | Samoan villagers, New Zealand administrators and the Talune's crew | the islands of Western Samoa | 1918 to 1919 | the ship allowed to land with sick passengers; the deaths in the villages; the neighbouring islands that kept the disease out by quarantine | administrators, not doctors, failed the islands | nothing could have kept the epidemic out | The steamer Talune arrived at Apia carrying influenza in November 1918. | About a fifth of the population of Western Samoa died in the epidemic.
Internees on the Dunera | history | the voyage of the Dunera | refugees interned as enemy aliens, their guards and Australian camp officers | the ship Dunera and the camp at Hay in New South Wales | 1940 to 1942 | the rush to intern Germans and Austrians; the theft and brutality on the voyage; the camp at Hay and its lectures | the episode showed how the panic of 1940 treated refugees as enemies | internment was a reasonable precaution in wartime | The Dunera sailed from Liverpool to Australia with more than two thousand internees in July 1940. | Several guards were later court-martialled for their conduct on the voyage.
The Breakout at Cowra | military history | the Cowra breakout | Japanese prisoners of war, Australian guards and the townspeople of Cowra | the prisoner of war camp at Cowra in New South Wales | 1944 | the plan to separate officers from men; the mass breakout at night; the round-up in the countryside | the breakout was driven by shame at capture more than by hope of escape | the breakout was a military attack on Australia | More than a thousand Japanese prisoners broke out of the camp at Cowra in August 1944. | Two hundred and thirty-one prisoners and four Australian soldiers died.
Nickel Fever | economic history | the Poseidon bubble | mining speculators, Australian stockbrokers and small investors | the stock exchanges of Sydney and Melbourne | 1969 to 1970 | the nickel find at Windarra; the share price that rose a hundredfold; the crash of the speculative mining shares | the bubble was fed by a market that did not require honest reports | investors were fooled by one exceptional company | Poseidon announced a nickel discovery at Windarra in Western Australia in September 1969. | Poseidon shares rose from under one dollar to more than two hundred dollars within months.
Shearers on Strike | economic history | the shearers' strike of 1891 | Queensland shearers, pastoralists and colonial troops | the town of Barcaldine in central Queensland | 1891 | the pastoralists' demand for freedom of contract; the strike camps; the conspiracy trials at Rockhampton | the defeat taught unions to seek power through parliament | the strike failed because the shearers were divided | Striking shearers set up camps near Barcaldine in Queensland in 1891. | Thirteen strike leaders were convicted of conspiracy at Rockhampton in 1891.
A Pastor's Rising in Nyasaland | imperial history | the Chilembwe rising | the pastor John Chilembwe, his followers and the planters of the Shire Highlands | the Magomero estate in Nyasaland | 1915 | the forced labour and wartime recruitment; the attack on the estate; the death of Chilembwe in flight | the rising protested against conditions more than it sought power | the rising was a hopeless act of religious zeal | John Chilembwe led a rising against the planters of the Shire Highlands in January 1915. | Chilembwe was shot dead by police a few days later.
The Oath at Slagtersnek | imperial history | the Slagtersnek rebellion | Boer frontier farmers, Khoikhoi soldiers and the colonial government | the eastern frontier of the Cape Colony | 1815 to 1816 | the summons served on a farmer by Khoikhoi troops; the farmer's death and the rising of his neighbours; the hangings at which the gallows broke | the rising came to count for more as a grievance than it did at the time | the rebels were lawbreakers fairly punished | Boer farmers rose on the eastern Cape frontier in 1815 after a farmer was killed resisting arrest. | Five rebels were hanged at Slagtersnek in March 1816.
The Guns of Langalibalele | imperial history | the Langalibalele affair | the Hlubi chief Langalibalele, Natal officials and Bishop Colenso | the Drakensberg foothills of Natal | 1873 to 1874 | the order to register guns; the clash at the Bushman's Pass; the trial and exile of the chief | the chief's trial was unjust, as the bishop argued at the time | Natal's response was a fair reply to armed defiance | Natal forces clashed with the Hlubi at the Bushman's Pass in November 1873. | Langalibalele was tried and sent into exile on Robben Island in 1874.
"""

SCHOLARS = ["Hoekstra", "Wiersma", "Sikkema", "Zijlstra", "Terpstra", "Hettema", "Feenstra", "Kingma", "Rienstra",
            "Haitsma", "Jelsma", "Wijbenga", "Hiemstra", "Bergsma", "Anema", "Boonstra", "Nauta", "Okkema",
            "Tjeerdsma", "Sjoerdsma", "Dykstra", "Heeringa"]

OPENING = [
    "Ask a room of readers about {x} and one tidy anecdote usually comes back.",
    "{X} has spent most of its afterlife tucked into other people's chapters.",
    "General histories tend to hurry past {x} on their way somewhere grander.",
    "Each new retelling of {x} seems to sand off another awkward edge.",
    "{X} belongs to that crowded shelf of episodes everybody half recalls.",
    "There is an approved version of {x}, and it fits suspiciously well.",
    "{X} was once treated as finished business, though it never really was.",
    "My curiosity about {x} started with one stubborn document.",
    "Classroom summaries file {x} among the curiosities and move briskly on.",
    "Most readers encounter {x} in one paragraph of somebody's survey.",
    "{X} lives on in public memory as a handful of bright details.",
    "Squeezed onto an index card, the received story of {x} loses almost nothing.",
]
FRAME = [
    "My sources come chiefly from {setting}.",
    "The principal players were {people}.",
    "All of it unfolds within {period}.",
    "When the record goes thin, I will admit as much.",
    "Sequence counts for a lot in what follows.",
    "Not every question raised below receives an answer.",
]
ROADMAP = [
    "{S1} comes first, {s2} second, and a reply to the critics closes the essay.",
    "My procedure is to hold the received story up against the papers claim by claim.",
    "The sections run more or less in chronological order.",
    "{S1} gets a longer hearing here than it usually receives.",
    "The rival reading receives its turn toward the end.",
]
QUESTION_LEAD = [
    "Behind all the colour lies a single question: {question}",
    "Stated baldly, the problem runs like this: {question}",
    "A single question shapes the rest: {question}",
    "Every section here circles back to the same query: {question}",
]
QUESTIONS = ["who actually profited from {x}?", "how much freedom of action did {people} really enjoy?",
             "why has the compressed version of {x} lasted so long?", "what would {setting} have become without {x}?"]
CLAIM_THESIS = [
    "My reading is that {thesis}.",
    "The pages that follow try to demonstrate that {thesis}.",
    "Weighing what survives, I conclude that {thesis}.",
    "Briefly, I believe that {thesis}.",
    "After looking at {s1}, {s2} and {s3}, I have come round to thinking that {thesis}.",
    "The stronger reading, to my mind, is that {thesis}.",
    "I intend to show that {thesis}.",
    "This essay defends the proposition that {thesis}.",
]
CONTEXT = [
    "Some background is needed here.",
    "Tempers had been fraying for some while.",
    "{People} had precious little margin for mistakes.",
    "Nobody involved could guess how posterity would tell it.",
    "Old arrangements were crumbling, though unevenly.",
    "The earliest versions came from witnesses guarding their own names.",
    "{Scholar} follows the roots back across several decades.",
    "Most surviving documents were drawn up in {setting}.",
    "Where and when are beyond dispute; why is not.",
    "Regulations of the day had grown by accretion rather than design.",
    "Official procedure trailed some distance behind events.",
    "Nobody living through it had the distance to see the whole.",
]
NAMING = [
    "Vocabulary deserves a brief word first.",
    "Several familiar names for {x} were invented afterwards.",
    "{People} chose labels for themselves that sound strange today.",
    "Modern terms appear below only as shorthand.",
    "Even calling it {x} smuggles in a verdict.",
    "No word in this field is innocent.",
]
RECORD = [
    "Three families of evidence have come down to us.",
    "Registers kept in {setting} note decisions and seldom reasons.",
    "Letters by {people} are lively, yet each had a particular reader in view.",
    "Newspapers reported {x} quickly and often inaccurately.",
    "Memoirs composed long afterwards offer colour rather than proof.",
    "Buildings, objects and pictures can be set against the written claims.",
]
CAST = [
    "Start with the people.",
    "{People} were after different things.",
    "A few left accounts of their own, while the majority left nothing.",
    "{Scholar} insists the bit-part players deserve the scrutiny given to famous names.",
    "Choices made far away boxed all of them in.",
]
STRAND_IN = [
    "Consider {s}.",
    "Evidence is thickest around {s}.",
    "Seldom examined, though central, is {s}.",
    "An honest narrative cannot step round {s}.",
    "{S} has had curiously little attention.",
    "Next on the list comes {s}.",
    "Much turns on {s}.",
    "The paperwork is richest for {s}.",
    "Linger for a moment over {s}.",
    "Running beside all this was {s}.",
]
POINT = [
    "From a distance {s} looks tidier than anyone on the spot would have found it.",
    "Of the people swept up in {s}, few could write and fewer bothered.",
    "Put in chronological order, the documents from {setting} show {s} more plainly than the legend does.",
    "Money outweighed conviction in {s}.",
    "Official files spare {s} a line or two at best.",
    "Those hurt worst by {s} left the lightest footprint in the archives.",
    "Whoever controlled {s} gained leverage in other quarters.",
    "{Scholar} makes {s} the pivot of everything, and I think rightly.",
    "Some versions inflate {s} well past anything the sources allow.",
    "{People} quarrelled bitterly over {s}.",
    "Nobody who wrote about {s} stood aside from it.",
    "Examined slowly, {s} sheds most of its mystery.",
    "Underneath {s} lay humdrum routine that historians have mostly skipped.",
    "For {people}, {s} was chiefly a problem to be handled.",
    "Nobody designed {s}; it piled up.",
    "The moment at which {s} arrived coloured what it meant.",
]
NUMBERS = [
    "{Scholar} ({year}) tallies {num} cases and meets {s} in about {pct} of every hundred.",
    "Among {num} letters listed by {Scholar}, roughly {pct} per cent bring up {s}.",
    "{Scholar} ({year}) gives {s} roughly {pct} per cent of the weight.",
    "Of {num} documents {Scholar} read in {year}, hardly any leave out {s}.",
    "Comparing {num} similar episodes, {Scholar} ({year}) finds {s} in all but a handful.",
    "{Scholar} admits the counts are ragged, though on {s} they line up.",
    "{Scholar} ({year}) reckons that {s} explains nearly {pct} per cent of what shifted afterwards.",
    "{Scholar} contends that older studies of {s} leaned on the wrong kind of records.",
]
CASES = [
    "{Scholar} follows the story through a single household.",
    "In {setting}, {people} coped with {s} largely by themselves.",
    "Similar patterns crop up far from {setting}.",
    "These cases are representative; exceptions are scarce.",
    "Right through {period} the shape recurs.",
    "Whenever {people} told it themselves, this was what they stressed.",
    "Further instances would be easy to collect.",
]
LINK_BACK = [
    "On a small scale, then, my claim is that {thesis}.",
    "A single case decides nothing, though this one jars with the usual story.",
    "Said differently, any account that shoves {s} aside misses the centre.",
    "Score this as one more point for the claim that {thesis}.",
    "On paper the difference is small; in the moment it loomed large.",
    "Any objection raised below will have to face this.",
    "Leave {s} out and the conclusions begin to totter.",
]
PIVOT = ["Then {s} altered everything.", "Afterwards came {s}.", "{S} shifted the ground beneath everyone.",
         "What followed hinged on {s}."]
CITE_LEAD = [
    "{Scholar} sums up {setting} briskly:",
    "Long afterwards, a resident of {setting} remembered:",
    "Speaking at a {year} conference on {x}, one historian observed:",
    "{Scholar} is blunt about {s}:",
    "{Scholar} writes most sharply on {s}:",
]
CITED = [
    "Read closely, the standard story of {x} will not hold together.",
    "Nobody then thought of {s} as history; they thought of it as work.",
    "Memory squeezes {x} into one dramatic day; the documents describe a slow grind.",
    "Most of the mystery around {s} evaporates once the accounts are read.",
    "{X} took place one time and has been told a thousand times since, and the tellings have won.",
    "The papers on {s} are tedious, which is precisely their value.",
]
CITE_AFTER = [
    "A shade too neat, perhaps, but accurate.",
    "Just one witness, but one who was well placed.",
    "The admission earned its author nothing, which makes it credible.",
    "Hindsight may tint the memory; the substance stands.",
]
CITE_AFTER2 = [
    "{People} say much the same elsewhere.",
    "So {s} was common knowledge.",
    "Whether this held beyond {setting} nobody can yet say.",
    "Above all it throws light on {s}.",
    "Schoolbook versions of {x} leave no room for it.",
]
LIST_INTRO = [
    "Where {x} went better, certain conditions were in place:",
    "Whenever {people} managed well, you find the same ingredients:",
    "To fare better, {setting} would have needed:",
    "The few successes in {setting} shared some features:",
]
LIST_POINT = [
    "leaders who grasped {s} early",
    "honest consultation with {people} over {s}",
    "prompt action once {s} began to slide",
    "independent scrutiny of {s}",
    "a small rehearsal of {s} beforehand",
    "a frank reckoning of what {s} would cost",
]
LIST_EXTRA = ["funding for {x} that outlived each budget round", "an official empowered to halt {x}",
              "records of {x} that outlasted their authors", "a fixed date to revisit {x}"]
COMPARE = [
    "Placed beside kindred cases, {x} looks less peculiar.",
    "Places under similar strain came out very differently.",
    "Early consultation with {people} tended to cool tempers.",
    "Comparison only helps so far, because nothing quite matched {s2}.",
    "The outcome in {setting} hung in the balance until late.",
    "Patience with opponents generally paid better than haste.",
]
COUNTERFACT = [
    "Imagine {s2} going differently.",
    "Guesswork of this sort establishes nothing, though it reveals which parts bore the load.",
    "Subtract {s1} and nobody can say with confidence what {setting} would have seen.",
    "{People} would have faced another menu of choices.",
    "Pursued to its end, the game leaves the outcome looking anything but certain.",
]
LEGACY = [
    "The events ended; their effects did not.",
    "Memories of {x} steered choices in {setting} for decades.",
    "{People} handed their own version down to their children.",
    "Later inquiries kept circling back to {s3}.",
    "Every anniversary of {x} brings fresh retellings, each slightly shifted.",
    "Several lessons drawn from {x} were mistaken.",
]
DOUBT = [
    "Against all this, one might argue that {rival}.",
    "The strongest opposing view maintains that {rival}.",
    "A common rejoinder is that {rival}.",
    "A fair critic could answer that {rival}.",
    "Some sources appear to back the idea that {rival}.",
]
DOUBT_MORE = [
    "{People} might well have nodded along.",
    "Since respected scholars hold it, a proper answer is owed.",
    "{Scholar2} ({year2}) presses this case at length.",
    "It has bite, since every decision about {x} hurt somebody.",
]
ANSWER = [
    "Still, the papers from {setting} point the opposite way.",
    "It fails to account for {s2}.",
    "It also quietly builds its conclusion into its starting point.",
    "It works only if {x} was far simpler than the records suggest.",
    "Were it true, every place would have travelled the same road.",
    "There was a price, certainly; showing that the price decided everything is harder.",
]
CLOSE_FIRST = [
    "To gather the threads, {thesis}.",
    "Taken together, the evidence favours one reading: {thesis}.",
    "The debate is nowhere near over.",
    "What, then, has been shown?",
    "Every path through the evidence ends at the same spot: {thesis}.",
    "Strip out the detail and a single conclusion remains.",
    "Writers keep boiling {x} down to a catchphrase, and readers keep swallowing it.",
]
CLOSE_MID = [
    "Singly, {s1}, {s2} and {s3} explain little; combined, they cover nearly everything that happened.",
    "The view that {rival} deserves a hearing, yet the evidence runs against it.",
    "Small particulars, not grand theories, carried this argument.",
    "The questions have outlasted everyone who first asked them.",
    "Unread boxes of papers will doubtless alter some details.",
    "Once the legend is set aside, what remains is modest, and it agrees with the sources.",
]
CLOSE_LAST = [
    "{People} were still paying years after the reporters had gone home.",
    "The next task is to set {setting} beside its nearest parallels.",
    "Those responsible for {x} were never short of alternatives.",
    "{X} teaches something about institutions and habits rather than villains.",
    "Tell the story of {x} again by all means, only tell it carefully.",
    "{X} deserves a fairer name, and it repays a patient reader.",
]
HD_BACK = ["The lie of the land", "Before the trouble", "Where it started", "Preconditions", "The world beforehand",
           "Starting points"]
HD_NAMING = ["On vocabulary", "Labels", "Choosing words"]
HD_RECORD = ["Evidence", "The paper trail", "What survives"]
HD_CAST = ["Participants", "The people in the story", "Who was there"]
HD_STRAND = ["{S}", "About {s}", "Looking at {s}", "{S} examined", "Turning to {s}", "The matter of {s}"]
HD_COMPARE = ["Parallels", "Other places", "Points of comparison"]
HD_COUNTER = ["What if", "Roads not taken", "Alternatives"]
HD_LEGACY = ["Aftermath", "Later echoes", "The long tail"]
HD_DOUBT = ["A rival view", "The other side", "Counter-arguments", "Meeting objections", "Doubts", "Critics"]
HD_CLOSE = ["Conclusion", "Final thoughts", "Where things stand", "Ending", "To conclude"]


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
    """Turns a topic card into an essay.

    The opening paragraph starts by naming what the card is about and stops on the thesis; between those two
    there may be a framing remark, an outline or a question. The scene-setting paragraph carries fact one, and
    fact two goes either there or into strand two. Vocabulary, evidence or the cast may get a paragraph of
    their own. Every strand receives a paragraph (occasionally split in two), which a one-sentence pivot may
    precede and which a quotation, or else a list, may follow. Comparison, counterfactual or aftermath are optional extras.
    Always last: the rival view and its rebuttal, then a close whose final sentence mentions what the card
    is about, who took part, or where. A coin toss decides on headings; patterns never recur within an essay."""
    unused: dict[int, list[str]] = {}

    def take(pool: list[str]) -> str:
        rest = unused.setdefault(id(pool), rng.sample(pool, len(pool)))
        return rest.pop() if rest else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    pair = rng.sample(SCHOLARS, 2)
    slots = dict(x=card["x"], X=cap(card["x"]), people=card["people"], People=cap(card["people"]),
                 setting=card["setting"], Setting=cap(card["setting"]), period=card["period"], s1=s1, s2=s2, s3=s3,
                 S1=cap(s1), thesis=card["thesis"], rival=card["rival"], Scholar=pair[0], Scholar2=pair[1])
    # an invented study appears a few years after the events and before 2002
    ended = int(re.findall(r"\d{4}", card["period"])[-1])

    def fill(pattern: str, s: str | None = None) -> str:
        extra = dict(s=s or s1, S=cap(s or s1), year=rng.randint(max(1956, ended + 4), 2001),
                     year2=rng.randint(max(1962, ended + 4), 2001),
                     pct=rng.choice([9, 13, 16, 21, 26, 31, 37, 42, 48, 54, 61, 68, 74]),
                     num=rng.choice([12, 19, 24, 31, 43, 52, 68, 87, 119, 164, 208]))
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
    for share, pool, name in ((0.3, FRAME, "frame"), (0.28, ROADMAP, "plan"), (0.27, QUESTION_LEAD, "question")):
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
    for low, high, pool, heads, name in ((0.0, 0.12, NAMING, HD_NAMING, "terms"), (0.12, 0.28, RECORD, HD_RECORD, "sources"),
                                         (0.28, 0.41, CAST, HD_CAST, "people")):
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


# --------------------------------------------------------------------------------- shared by the four writers

ESSAYS_BY_TITLE: dict[str, dict] = {}  # main() fills it; quoting boxes look up their neighbours here
SEED = 2024  # main() overwrites it; every draw of a rare element is seeded from it


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def paragraphs_of(title: str) -> list[str]:
    return [block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]


def only_in(text: str, title: str) -> bool:
    """Whether `text` belongs to the essay called `title` alone."""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def opener_of(title: str) -> str:
    """Opening sentence (it always names the subject)."""
    sen = ESSAYS_BY_TITLE[title]["opener"]
    assert paragraphs_of(title)[0].startswith(sen) and only_in(sen, title), title
    return sen


def thesis_of(title: str) -> str:
    """Thesis sentence, the last of paragraph one."""
    sen = ESSAYS_BY_TITLE[title]["thesis"]
    assert paragraphs_of(title)[0].endswith(sen) and only_in(sen, title), title
    return sen


def first_paragraph(title: str) -> str:
    text = paragraphs_of(title)[0]
    assert only_in(text, title), title
    return text


def second_fact(title: str) -> str:
    fact = ESSAYS_BY_TITLE[title]["card"]["facts"][1]
    assert only_in(fact, title), title
    return fact


def figures_one(title: str) -> str:
    """Strand one's sentence of made-up numbers; the strand is named in it, so no other essay shares it."""
    sen = ESSAYS_BY_TITLE[title]["figures"][0]
    assert any(sen in q for q in paragraphs_of(title)) and only_in(sen, title), title
    return sen


SITE_LEVELS = {
    "texel": ["HIST 204 term paper", "sophomore seminar", "first-year survey course", "honours tutorial"],
    "vlieland": ["History", "History: World", "History: Europe", "Politics and History"],
    "terschelling": ["Première euro", "Terminale euro", "Seconde euro", "DNL histoire"],
    "ameland": ["World Civ", "AP Euro", "Humanities 10", "Junior seminar"],
}
SITE_GRADES = {
    "texel": ["A-", "B+", "A", "92/100", "High Pass", "A (phew)"],
    "vlieland": ["Basic", "Platinum", "Diamond", "Basic", "Platinum", "Basic"],
    "terschelling": ["16/20", "14,5/20", "18/20", "15/20", "17/20", "13/20"],
    "ameland": ["Staff Pick", "Featured", "Contest Finalist", "Rising Star", "Staff Pick", "Featured"],
}


class Page(g2.Page):
    """Set two's page, extended with a course level, a mark, the card and the folder's titles (in order)."""

    def __init__(self, essay, rng, index, site_titles, site: str):
        super().__init__(essay, rng, index, site_titles)
        self.topic = essay["tags"][0]
        self.category = cap(self.topic)
        self.card = essay["card"]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})
        self.level = rng.choice(SITE_LEVELS[site])
        self.grade = rng.choice(SITE_GRADES[site])


def _drawn(site: str, role: str, count: int) -> list[int]:
    return sorted(random.Random(f"set24:{SEED}:{site}:{role}").sample(range(1, PAGES_PER_SITE + 1), count))


def carries(site: str, role: str, count: int, page: Page) -> bool:
    """Was this page picked when `count` pages were drawn (fixed seed) for `role`?"""
    return page.index in _drawn(site, role, count)


def rank_of(site: str, role: str, count: int, page: Page) -> int | None:
    """Where this page falls (counting from 0) among those drawn for `role`; None if it was not drawn."""
    chosen = _drawn(site, role, count)
    return chosen.index(page.index) if page.index in chosen else None


def placed_before(site: str, role: str, page: Page, first: int = 9) -> bool:
    """For `first` pages of a fixed shuffle the wandering block goes in front of the essay."""
    order = list(range(1, PAGES_PER_SITE + 1))
    random.Random(f"set24:{SEED}:{site}:{role}:ahead").shuffle(order)
    return page.index in order[:first]


def pick_note(notes: list[str], p: Page, **more) -> str:
    return p.rng.choice(notes).format(**{"topic": p.topic, "title": p.title, "level": p.level, **more})


def digest(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def number(*parts, mod: int, base: int = 0) -> int:
    return int(digest(*parts, n=8), 16) % mod + base


def slot_in(pieces: list, pos: int, piece) -> None:
    """Inserts `piece` at `pos`. Headings and colon-final lead-ins must touch what they introduce, so while
    one of them stands just before the spot, the spot moves up by one. Block one stays first."""
    while pos > 0 and pieces[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    pieces.insert(max(pos, 1), piece)


def shown_pieces(p: Page, heading, para, quote_, listing) -> list[tuple[str, str]]:
    """(kind, markup) for each visible block; paragraphs ending in ":" get the kind "lead"."""
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
    """The shared Works Cited helper dates its entries up to 2023. A page written in `latest` cannot cite
    those, so every year is pulled back by one offset, the same in the plain and the marked-up entry."""
    shift = max(0, 2023 - latest)
    move = lambda text: re.sub(r", (\d{4})(?=[.,])", lambda m: f", {int(m.group(1)) - shift}", text)
    p.refs = [(move(plain), move(markup)) for plain, markup in p.refs]


def sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.?!])\s+", text)


def wrap(text: str, width: int = 70, first: str = "", rest: str = "") -> list[str]:
    """Fills lines the way a 1990s newsreader did, splitting at spaces and never inside hyphenated words."""
    return textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=rest,
                         break_on_hyphens=False, break_long_words=False) or [first.rstrip()]


MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def french_stamp(t: datetime) -> str:
    return f"{DAYS_FR[t.weekday()]} {t.day:02d} {MONTHS_FR[t.month - 1]} {t.year} {t.hour:02d}:{t.minute:02d}"


# ---- 1. texel: a Usenet post read through the Deja News archive ------------------------------------------------

TX_GROUP = "alt.history.student-papers"
TX_TAGLINE = "every newsgroup, every article, searchable since 1995"
TX_NAV = ["Home", "Power Search", "Browse Groups", "Post Article", "My Deja News", "Help"]
TX_POSTERS = [("Bronwen Glasspool", "bt104@york-minster.ac.uk"), ("Gareth Mordey", "gmordey@fenwick.demon.co.uk"),
              ("Marisa Ugwuoke", "mugwuoke@lehigh-vale.edu"), ("Duncan Ferriday", "dferriday@cix.compulink.co.uk"),
              ("Sunita Varghese", "svarghese@umail.kestrel.edu"), ("Pieter Lammers", "p.lammers@student.tue-noord.nl"),
              ("Caitlin Rourk", "crourk@netcomm-west.com"), ("Oliver Spurr", "o.spurr@lancs-poly.ac.uk")]
TX_ASKERS = [("Derek Fanshawe", "dfan@pipeline-north.net"), ("Jo Tremlett", "jtremlett@mindspring-east.com"),
             ("Amir Sarrafian", "asarrafian@cs.hartwell.edu")]
TX_REPLIERS = [("Hugh Penberthy", "hpen@clara-moor.net"), ("Ines Blackmore", "iblackmore@maple.ucs.edu"),
               ("Rob Stannard", "rstannard@zetnet-isles.co.uk"), ("Lena Marsh", "lmarsh@worldlink-south.com")]
TX_REQUESTS = [
    "Has anybody got a paper on {topic} they'd be willing to share? Mine is due on Friday and I am well and truly stuck.",
    "Looking for a sample essay on anything in {topic}, just to see how other people lay them out.",
    "Could someone post an example of a decent history paper? The handouts we get are useless.",
]
TX_INTROS = ["Here is the one I handed in last term, for what it's worth.", "This one came back with a good mark, so here goes.",
             "Mine from last year is below; be gentle."]
TX_SIGS = ["Footnotes are where historians keep the bodies.", "Opinions mine, typos the keyboard's.",
           "If it isn't in the parish register, it didn't happen.", "Currently losing an argument with a microfilm reader."]
TX_ADS = ["Pagewise Books: any title, shipped to your door within three days.",
          "Find your old classmates free at SchoolChums -- over 2 million members!",
          "Flights for students from 59 pounds. FareHound has them first.",
          "Tired of your 14.4? Go 56K today with Dialstar."]
TX_NOTE_LABELS = ["NB:", "Postscript:", "Note for the group:", "From the marker's pen:"]
TX_NOTES = [
    "my tutor underlined this twice, so it must matter",
    "check these numbers before you lean on them",
    "this paragraph is the one that pulled the mark up",
    "the library copy of the main book had pages missing here",
    "feel free to argue with this bit in a follow-up",
    "trimmed from the handed-in version to save bandwidth",
    "added after a classmate spotted a gap",
]
TX_BANNERS = [
    "Deja News will be unreachable for about an hour early on Sunday morning while new disks go in.",
    "New: open a free My Deja News account and keep track of the threads you follow.",
    "Some posts from late last month are missing from search results; re-indexing is under way.",
]
TX_CREDIT = "(Reposted here with my tutor's say-so.)"
TX_FOLLOWUPS = [
    "Nicely argued. I would push harder on this paragraph, though; your tutor let you off lightly there.",
    "Saved to disk, thanks. Mine on a similar subject got a B and now I can see why.",
    "Not sure I buy this part. Have you got a source for it?",
    "The group could use more posts like this one. Cheers.",
]


def tx_day(t: date) -> str:
    return f"{t.year}/{t.month:02d}/{t.day:02d}"


def tx_poster(title: str) -> tuple[str, str]:
    return TX_POSTERS[number("texel", "poster", title, mod=len(TX_POSTERS))]


def tx_posted(title: str) -> date:
    return date(1997, 9, 1) + timedelta(days=number("texel", "posted", title, mod=820))


def tx_headers(subject: str, who: tuple[str, str], when: date, msgid: str) -> str:
    rows = [("Subject:", esc(subject)), ("From:", f"{esc(who[0])} &lt;{esc(who[1])}&gt;"), ("Date:", tx_day(when)),
            ("Message-ID:", f"&lt;{msgid}&gt;"), ("Newsgroups:", TX_GROUP)]
    return ('<TABLE BORDER=0 CELLPADDING=1 CELLSPACING=0>\n'
            + "\n".join(f'<TR><TD ALIGN=RIGHT VALIGN=TOP><FONT FACE="Arial" SIZE=-1><B>{k}</B></FONT></TD>'
                        f'<TD><FONT FACE="Arial" SIZE=-1>{v}</FONT></TD></TR>' for k, v in rows)
            + "\n</TABLE>")


def tx_articlebar(k: int, total: int) -> str:
    return (f'<TABLE WIDTH="100%" BORDER=0 CELLPADDING=2 BGCOLOR="#E8E8F8"><TR><TD><FONT FACE="Arial" SIZE=-1>'
            f'<A HREF="/getdoc.xp?prev=1">&lt;&lt; Previous Article</A> | <A HREF="/getdoc.xp?next=1">Next Article &gt;&gt;</A> | '
            f'<A HREF="/thread.xp?AN={number("texel", "an", k, total, mod=10**9)}">View Thread ({total} articles)</A> | '
            f'<A HREF="/profile.xp">Author Profile</A> | <A HREF="/mailto.xp">Mail Reply</A> | <A HREF="/post.xp">Post Followup</A>'
            f'</FONT></TD><TD ALIGN=RIGHT><FONT FACE="Arial" SIZE=-1>Article {k} of {total}</FONT></TD></TR></TABLE>')


def texel(p: Page) -> str:
    rng = p.rng
    site = "texel"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 1997)
    card = p.card
    name, email = tx_poster(p.title)
    host = email.split("@")[1]
    posted = tx_posted(p.title)

    def heading(v: str) -> str:
        return f"{esc(v)}\n{'-' * len(v)}"

    def para(v: str, k: int) -> str:
        return "\n".join(esc(line) for line in wrap(v))

    def quote_(v: str) -> str:
        return "\n".join(esc(line) for line in wrap(v, 64, "    ", "    "))

    def listing(ordered: bool, items: list[str]) -> str:
        out = []
        for n, item in enumerate(items, 1):
            mark = f"  {n}) " if ordered else "  * "
            out += wrap(item, 68, mark, " " * len(mark))
        return "\n".join(esc(line) for line in out)

    pieces = shown_pieces(p, heading, para, quote_, listing)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label = rng.choice(TX_NOTE_LABELS)
        text = pick_note(TX_NOTES, p)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", "\n".join(esc(line) for line in wrap(f"[{label} {text}]"))))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        user = email.split("@")[0]
        if turn % 2 == 0:
            caption = f"Picture: an old engraving of {card['setting']}, scanned at the library"
            url = f"http://www.{host}/~{user}/scan{number(site, 'scan', p.title, mod=90, base=10)}.gif"
            line = f"[{caption} -- {url} ({number(site, 'kb', p.title, mod=150, base=40)}K)]"
        else:
            caption = f"Listen: a talk on {card['x']}, recorded for campus radio"
            url = f"http://www.{host}/~{user}/talk{number(site, 'ra', p.title, mod=90, base=10)}.ram"
            line = f"[{caption} -- {url} (needs RealPlayer, 28.8 stream)]"
        p.clutter += [caption, url]
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", "\n".join(esc(x) for x in wrap(line))))
    if p.cut is not None:
        wall = (f"[End of part 1/2. Part 2 carries the remaining {fmt_int(p.rest_words())} words; if your news "
                "server dropped it, e-mail me and I will send it on.]")
        pieces.append(("wall", "\n".join(esc(x) for x in wrap(wall))))
        p.clutter.append(wall.strip("[]"))
    if p.cut is None and p.refs:
        pieces.append(("heading", "Works Cited\n-----------"))
        pieces.append(("refs", "\n".join("\n".join(esc(x) for x in wrap(plain, 70, "", "    ")) for plain, _ in p.refs)))
    # boxed header with course, mark and counts, printed first on nine pages and last on the rest
    rule = "=" * 66
    counts = f"{fmt_int(p.words)} words = {p.pages} typed {'p.' if p.pages == 1 else 'pp.'}"
    course = f"{p.level}, marked {p.grade}"
    box = "\n".join([rule, f"  {esc(p.title)}", f"  {esc(course)}", f"  {esc(counts)}", rule])
    p.clutter += [counts, course]
    ahead = placed_before(site, "box", p)
    lines: list[str] = []
    asked = carries(site, "request", 8, p)
    if asked:
        who, mail = TX_ASKERS[number(site, "asker", p.title, mod=len(TX_ASKERS))]
        ask = TX_REQUESTS[number(site, "ask", p.title, mod=len(TX_REQUESTS))].format(topic=p.topic)
        msg = f"{digest(site, 'ask', p.title, n=10)}@{mail.split('@')[1]}"
        attribution = f"In article <{msg}>, {who} <{mail}> wrote:"
        intro = TX_INTROS[number(site, "intro", p.title, mod=len(TX_INTROS))]
        asked_lines = wrap(ask, 66, "> ", "> ")
        lines += [esc(x) for x in wrap(attribution)] + [esc(x) for x in asked_lines] + ["", esc(intro), ""]
        # kept by a tool, the request would keep its ">" marks, so the truth lists its quoted lines one by one
        p.clutter += [f"{who} <{mail}> wrote:", intro, who] + [x[2:] for x in asked_lines]
    if carries(site, "credit", 6, p):
        lines += [esc(TX_CREDIT), ""]
        p.clutter.append(TX_CREDIT.strip("()"))
    if ahead:
        lines += [box, ""]
    lines.append("\n\n".join(h for _, h in pieces))
    if not ahead:
        lines += ["", box]
    sig = TX_SIGS[number(site, "sig", name, mod=len(TX_SIGS))]
    lines += ["", "-- ", f"{esc(name)}  |  {esc(email)}", f'"{esc(sig)}"']
    p.clutter += [sig, email, f"{name}  |  {email}"]
    body = "\n".join(lines)
    subject = p.title
    style = number(site, "subject", p.title, mod=4)
    if style == 1:
        subject = f"ESSAY: {p.title}"
    elif style == 2:
        subject = f"[paper] {p.title} (long)"
    if p.cut is not None:
        subject += " [1/2]"
    msgid = f"{digest(site, 'msg', p.title, n=12)}@{host}"
    followed = carries(site, "followup", 6, p)
    total = 1 + (1 if followed else 0) + number(site, "thread", p.title, mod=4)
    article = (f"{tx_articlebar(1, total)}\n{tx_headers(subject, (name, email), posted, msgid)}\n"
               f'<FONT FACE="Arial" SIZE=-2><A HREF="/getdoc.xp?fmt=raw">[More Headers]</A> '
               f'<A HREF="/subscribe.xp?group={TX_GROUP}">[Subscribe to {TX_GROUP}]</A></FONT>\n<HR SIZE=1>\n<PRE>\n{body}\n</PRE>\n<HR SIZE=1>')
    p.clutter += ["Previous Article", "Next Article", f"View Thread ({total} articles)", "Author Profile", "Mail Reply",
                  "Post Followup", f"Article 1 of {total}", "[More Headers]", f"Subscribe to {TX_GROUP}", name,
                  f"<{msgid}>", TX_GROUP, tx_day(posted)]
    follow = ""
    if followed:
        paras = [b for b in p.visible() if b[0] == "paragraph" and len(block_text(b).split()) >= 25]
        quoted = rng.choice(paras[1:] or paras)[1]
        rname, rmail = TX_REPLIERS[number(site, "replier", p.title, mod=len(TX_REPLIERS))]
        said = TX_FOLLOWUPS[number(site, "said", p.title, mod=len(TX_FOLLOWUPS))]
        when = posted + timedelta(days=rng.randint(1, 9))
        reply_id = f"{digest(site, 're', p.title, n=12)}@{rmail.split('@')[1]}"
        text = "\n".join([esc(f"{name} wrote:")] + [esc(x) for x in wrap(quoted, 66, "> ", "> ")] + [""]
                         + [esc(x) for x in wrap(said)] + ["", "-- ", esc(rname.split()[0])])
        follow = (f"\n{tx_articlebar(2, total)}\n"
                  f"{tx_headers('Re: ' + subject, (rname, rmail), when, reply_id)}\n"
                  f"<HR SIZE=1>\n<PRE>\n{text}\n</PRE>\n<HR SIZE=1>")
        p.clutter += [said, rname, rmail, f"{name} wrote:", tx_day(when), f"Article 2 of {total}", f"<{reply_id}>"]
    # Deja's other-threads list: three more posts, each with its opening sentence as a snippet
    order = {t: k for k, t in enumerate(p.site_titles, 1)}
    others = ""
    for t in rng.sample(p.others, 3):
        who = tx_poster(t)[0]
        sen = opener_of(t)
        others += (f'<LI><A HREF="/getdoc.xp?AN={300000000 + order[t] * 7919}">{esc(t)}</A> &mdash; {esc(who)}, {tx_day(tx_posted(t))}'
                   f'<BR><FONT SIZE=-1><TT>&gt; {esc(sen)} ...</TT></FONT>\n')
        p.clutter += [t, sen, who, tx_day(tx_posted(t))]
    ad = TX_ADS[number(site, "ad", p.index, mod=len(TX_ADS))]
    banner = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        banner = f'<P><FONT FACE="Arial" SIZE=-1 COLOR="#CC0000"><B>{esc(TX_BANNERS[turn])}</B></FONT></P>\n'
        p.clutter.append(TX_BANNERS[turn])
    foot = "Copyright \u00a9 1995-1999 Deja News, Inc. All rights reserved."
    p.clutter += [ad, TX_TAGLINE, "Power Search", "Browse Groups", "Post Article", "My Deja News",
                  f"Other threads in {TX_GROUP}:", foot, "Deja News Home", "Advertise with us", "Privacy statement"]
    nav = " | ".join(f'<A HREF="/{slug(k)}.xp">{k}</A>' for k in TX_NAV)
    return f"""<HTML>
<HEAD>
<TITLE>Deja News - {esc(subject)}</TITLE>
<META NAME="robots" CONTENT="noarchive">
</HEAD>
<BODY BGCOLOR="#FFFFFF" TEXT="#000000" LINK="#0000CC" VLINK="#551A8B">
<TABLE WIDTH="100%" BORDER=0 CELLPADDING=0 CELLSPACING=0><TR>
<TD><A HREF="/"><IMG SRC="/gifs/dn_logo_{digest(site, 'logo', n=4)}.gif" ALT="Deja News" WIDTH=150 HEIGHT=48 BORDER=0></A></TD>
<TD ALIGN=RIGHT VALIGN=BOTTOM><FONT FACE="Arial" SIZE=-1><I>{esc(TX_TAGLINE)}</I></FONT></TD></TR></TABLE>
<TABLE WIDTH="100%" BORDER=0 CELLPADDING=3 BGCOLOR="#000080"><TR><TD><FONT FACE="Arial" SIZE=-1 COLOR="#FFFFFF"><B>{nav}</B></FONT></TD></TR></TABLE>
{banner}<CENTER><A HREF="/ads/click.xp?id={digest(site, 'ad', p.index, n=8)}"><IMG SRC="/ads/{digest(site, 'adimg', p.index, n=8)}.gif" BORDER=0 WIDTH=468 HEIGHT=60 ALT=""></A><BR>
<FONT FACE="Arial" SIZE=-2>{esc(ad)}</FONT></CENTER>
<P>
{article}{follow}
<P><FONT FACE="Arial" SIZE=-1><B>Other threads in {TX_GROUP}:</B></FONT>
<UL>
{others}</UL>
<HR>
<CENTER><FONT FACE="Arial" SIZE=-1><A HREF="/">Deja News Home</A> | <A HREF="/ps.xp">Power Search</A> | <A HREF="/post.xp">Post Article</A> | <A HREF="/help.xp">Help</A> | <A HREF="/ads.xp">Advertise with us</A> | <A HREF="/privacy.xp">Privacy statement</A><BR>
{esc(foot)}</FONT></CENTER>
</BODY>
</HTML>
"""


# ---- 2. vlieland: an EzineArticles article page ----------------------------------------------------------------

VL_TAGLINE = "Original articles by expert authors, free to read and to republish"
VL_AUTHORS = ["Megan Castellano", "Tobias Fennimore", "Priyanka Dhar", "Colm Brannigan", "Chidinma Okorie", "Hollis Tate"]
VL_SCHOOLS = ["Harwick State University", "Lindell College", "the University of Port Avery", "Saint Brendan's College"]
VL_ADS = [
    ("Degree in History Online", "Study from home with accredited tutors. Enrol for the autumn term now.", "www.openhall-learning.com"),
    ("Trace Your Family Tree", "Search 900 million historic records. Free 14-day trial.", "www.rootfinder-archive.com"),
    ("Antique Maps and Prints", "Original engravings from 1600 to 1900, framed or loose.", "www.oldplate-gallery.com"),
    ("Cheap Textbooks", "Used and new, up to 80% off the cover price.", "www.bookbarn-direct.com"),
    ("Battlefield Tours", "Small-group history tours with expert guides across Europe.", "www.fieldmarch-tours.com"),
]
VL_NOTE_LABELS = ["Pro tip:", "Keep in mind:", "Reader's note:", "In a nutshell:"]
VL_NOTES = [
    "students often muddle the dates in this part, so check them twice",
    "this is the point most exam questions are really fishing for",
    "a good library will hold the original documents in a printed edition",
    "if you keep one thing from this article, keep this",
    "these numbers rest on one study alone",
    "specialists still argue about this point",
    "most university survey courses treat this at greater length",
]
VL_BANNERS = [
    "EzineArticles.com goes read-only for roughly two hours early on Sunday while servers move.",
    "Expert Authors: the new article submission form is live. Tell us what you think of it.",
    "We have updated our Editorial Guidelines. Please review them before your next submission.",
]


def vl_author(title: str) -> str:
    return VL_AUTHORS[number("vlieland", "author", title, mod=len(VL_AUTHORS))]


def vl_day(title: str) -> date:
    return date(2008, 3, 1) + timedelta(days=number("vlieland", "day", title, mod=1100))


def vlieland(p: Page) -> str:
    rng = p.rng
    site = "vlieland"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2008)
    card = p.card
    author = vl_author(p.title)
    school = VL_SCHOOLS[number(site, "school", author, mod=len(VL_SCHOOLS))]
    handle = author.replace(" ", "_")
    submitted = vl_day(p.title)
    stamp = submitted.strftime("%B %d, %Y")

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"

    # the directory allows little markup, so a heading is just a bold paragraph
    pieces = shown_pieces(p, lambda v: f"<p><b>{esc(v)}</b></p>", lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f"<blockquote><p>{esc(v)}</p></blockquote>", listing)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label = rng.choice(VL_NOTE_LABELS)
        text = pick_note(VL_NOTES, p)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<p class="tipbox"><strong>{esc(label)}</strong> <em>{esc(text)}</em></p>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Photo: an early print of {card['setting']}."
            piece = (f'<div class="article-image"><img src="http://img.ezinearticles.com/{digest(site, "img", p.title, n=10)}.jpg" width="300" alt="" />'
                     f"<br /><small>{esc(caption)}</small></div>")
        else:
            caption = f"Video: {card['x']} explained in four minutes"
            piece = (f'<div class="article-video"><object width="400" height="300"><param name="movie" value="http://vimeo.com/moogaloop.swf?clip_id={number(site, "clip", p.title, mod=9000000, base=1000000)}"></param></object>'
                     f"<br /><small>{esc(caption)}</small></div>")
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    # every page has an ad unit in the text, following block one or block two
    ads = rng.sample(VL_ADS, 3)
    unit = ('<div class="adunit"><span class="adlabel">Advertiser links</span>'
            + "".join(f'<div class="ad"><a href="http://{u}/?src=ezine"><b>{esc(t)}</b></a><br />{esc(d)}<br /><span class="adurl">{u}</span></div>' for t, d, u in ads)
            + "</div>")
    slot_in(pieces, rng.randint(1, 2), ("grid", unit))
    p.clutter += ["Advertiser links"] + [t for t, _, _ in ads] + [d for _, d, _ in ads] + [u for _, _, u in ads]
    if p.cut is not None:
        wall = (f"Part of this article is with our editors for review. The remaining {fmt_int(p.rest_words())} words "
                "will reappear once the review is complete.")
        pieces.append(("wall", f'<p class="review-note"><em>{esc(wall)}</em></p>'))
        p.clutter.append(wall)
    if p.cut is None and p.refs:
        pieces.append(("heading", "<p><b>Works Cited</b></p>"))
        pieces.append(("refs", "\n".join(f"<p>{mk}</p>" for _, mk in p.refs)))
    body = "\n".join(h for _, h in pieces)
    credit = ""
    if carries(site, "credit", 6, p):
        line = f"This article first ran in the {school} history society newsletter."
        credit = f'<p class="first-published"><em>{esc(line)}</em></p>\n'
        p.clutter.append(line)
    first = author.split()[0]
    site_url = f"http://www.{slug(first)}-writes-history.com"
    resource = f"{author} studies history at {school} and writes about {p.topic} and the past in general. Read more of {first}'s work at {site_url}"
    source = f"Article Source: http://EzineArticles.com/?expert={handle}"
    p.clutter += [resource, source]
    # counts live in the details box, which half the pages print in the left column, before the article
    views = rng.randint(180, 9000)
    votes = rng.randint(2, 40)
    rating = rng.choice(["3.5", "4.0", "4.2", "4.5", "4.8", "5.0"])
    size = f"Article Size: {fmt_int(p.words)} words"
    print_len = f"Print Length: {p.pages} {'page' if p.pages == 1 else 'pages'}"
    details = (f'<div class="sidebox" id="article-details"><h3>About This Article</h3><ul>'
               f"<li>{esc(size)}</li><li>{esc(print_len)}</li><li>Submitted: {stamp}</li>"
               f"<li>Views: {fmt_int(views)}</li><li>Rating: {rating} / 5 ({plural(votes, 'vote')})</li></ul></div>")
    p.clutter += ["About This Article", size, print_len, f"Submitted: {stamp}", f"Views: {fmt_int(views)}",
                  f"Rating: {rating} / 5 ({plural(votes, 'vote')})"]
    ahead = placed_before(site, "details", p)
    # sidebar of three related pieces, summarised by their thesis sentences
    related = ""
    for t in rng.sample(p.others, 3):
        sen = thesis_of(t)
        related += (f'<li><a href="/{slug(t)}&amp;id={number(site, "id", t, mod=9000000, base=1000000)}">{esc(t)}</a>'
                    f'<br /><span class="by">by {esc(vl_author(t))}</span><br /><span class="summary">{esc(sen)}</span></li>')
        p.clutter += [t, sen, f"by {vl_author(t)}"]
    enjoyed = ""
    if carries(site, "enjoyed", 8, p):
        other = rng.choice(p.others)
        opening = first_paragraph(other)
        enjoyed = (f'<div id="also-enjoyed"><h3>Readers Also Enjoyed</h3><h4><a href="/{slug(other)}">{esc(other)}</a></h4>'
                   f'<p class="by">by {esc(vl_author(other))}</p><p>{esc(opening)}</p>'
                   f'<p><a href="/{slug(other)}">Read the full article &raquo;</a></p></div>\n')
        p.clutter += ["Readers Also Enjoyed", other, opening, "Read the full article"]
    banner = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div id="site-notice">{esc(VL_BANNERS[turn])}</div>\n'
        p.clutter.append(VL_BANNERS[turn])
    crumb = f"Reference and Education \u203a {p.level}"
    p.clutter += [VL_TAGLINE, f"By {author}", f"Submitted On {stamp}", f"{p.grade} Expert Author",
                  "Print This Article", "Email This Article", "Report This Article", "Related Articles",
                  crumb, "Article Categories", "Expert Authors", "Submit Articles", "Editorial Guidelines",
                  "Terms of Service", "Privacy Policy", "Copyright 2005-2011 EzineArticles.com", "Popular Categories", "Contact Us",
                  "Arts and Entertainment", "Health and Fitness", "Travel and Leisure"]
    cats = "".join(f'<li><a href="/?cat={quote(c)}">{esc(c)}</a></li>' for c in ("Arts and Entertainment", "Business", "Health and Fitness", "Reference and Education", "Travel and Leisure"))
    left = f'<div id="left-col">\n{details}\n</div>\n' if ahead else ""
    right_details = "" if ahead else details
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(p.title)}</title>
<meta name="description" content="{html.escape(thesis_of(p.title))}" />
<link rel="stylesheet" type="text/css" href="http://ezinearticles.com/css/ea_{digest(site, 'css', n=6)}.css" />
</head>
<body>
<div id="header"><a href="/"><img src="http://ezinearticles.com/images/ea-logo.gif" alt="EzineArticles" width="224" height="46" /></a>
<span class="tagline">{esc(VL_TAGLINE)}</span>
<form action="/search/" id="search"><input type="text" name="q" /> <input type="submit" value="Search Articles" /></form>
<ul id="topnav"><li><a href="/">Home</a></li><li><a href="/?cat=all">Article Categories</a></li><li><a href="/?experts">Expert Authors</a></li><li><a href="/submit/">Submit Articles</a></li><li><a href="/editorial-guidelines/">Editorial Guidelines</a></li><li><a href="/help/">Help</a></li></ul>
</div>
{banner}<div id="container">
{left}<div id="main">
<div id="crumbs"><a href="/">Home</a> &rsaquo; <a href="/?cat=Reference-and-Education">Reference and Education</a> &rsaquo; <a href="/?cat={quote(p.level)}">{esc(p.level)}</a></div>
<h1>{esc(p.title)}</h1>
<div id="byline">By <a href="/?expert={handle}">{esc(author)}</a> | Submitted On {stamp} <span class="badge">{esc(p.grade)} Expert Author</span></div>
<div id="tools"><a href="/print/">Print This Article</a> | <a href="/email/">Email This Article</a> | <a href="/republish/">Republish</a> | <a href="/report/">Report This Article</a></div>
{credit}<div id="article-content">
{body}
</div>
<div id="article-resource"><p>{esc(resource)}</p><p>Article Source: <a href="http://EzineArticles.com/?expert={handle}">http://EzineArticles.com/?expert={handle}</a></p></div>
{enjoyed}</div>
<div id="right-col">
{right_details}<div class="sidebox"><h3>Related Articles</h3><ul>{related}</ul></div>
<div class="sidebox"><h3>Popular Categories</h3><ul>{cats}</ul></div>
</div>
</div>
<div id="footer"><a href="/tos/">Terms of Service</a> | <a href="/privacy/">Privacy Policy</a> | <a href="/contact/">Contact Us</a><br />Copyright 2005-2011 EzineArticles.com</div>
</body>
</html>
"""


# ---- 3. terschelling: a Skyrock blog, French all round an English essay ----------------------------------------

TE_USER = "margaux-euro-histoire"
TE_BLOG = "Les dissert' de Margaux \u273f section euro"
TE_DESC = ("Mes devoirs d'histoire en anglais (DNL, section européenne). Inspirez-vous-en si vous voulez mais "
           "pas de copier-coller svp !!")
TE_NAV = ["Blogs", "Profils", "Chat", "Musique", "Vidéos", "Cadeaux"]
TE_ADS = ["Ta sonnerie préférée en un clic : envoie SON au 81 313 (0,50 \u20ac/SMS)",
          "Quiz : es-tu plutôt soirée pyjama ou soirée ciné ? Réponds et gagne une console !",
          "Bac 2008 : les annales corrigées gratuites sur RévisoBac"]
TE_NOTE_LABELS = ["Le prof a mis :", "À retenir :", "Perso :", "Petite astuce :"]
TE_NOTES = [
    "cette partie m'a rapporté des points en plus",
    "faites gaffe aux dates ici, c'est là que tout le monde se trompe",
    "j'ai trouvé ça au CDI, pas sur internet !",
    "à l'oral on m'a posé une question là-dessus",
    "le prof voulait plus d'exemples dans ce paragraphe",
    "j'ai mis trois soirs à écrire ce passage",
    "si vous ne retenez qu'une chose, c'est celle-là",
]
TE_BANNERS = [
    "Nouveau sur Skyrock : tu peux maintenant ajouter des vidéos à tes articles !",
    "Maintenance prévue cette nuit entre 3h et 5h, le site sera peut-être indisponible.",
    "Attention aux faux messages qui te demandent ton mot de passe : Skyrock ne le demande jamais.",
]
TE_CREDIT = "(relu et corrigé par ma correspondante anglaise, merci à elle \u2665)"
TE_COMMENTERS = ["x-lola-x", "kev29", "manon-du-56", "juju-bzh", "clemence-euro", "titou-le-surfeur"]
TE_COMMENTS = [
    "trop bien ton article !! tu m'as sauvé pour mon contrôle",
    "merci ça m'aide pour la DNL, on a le même prof je crois mdr",
    "passe sur mon blog stp, je commente en retour ;)",
    "t'as eu combien au final ? moi j'avais eu 12 sur le même sujet",
    "franchement ton anglais est trop fort, bravo",
    "j'ai rien compris mais je kiffe la musique de ton blog lol",
]
TE_COOKIES = ("En poursuivant ta navigation sur Skyrock, tu acceptes l'utilisation de cookies pour te proposer "
              "des contenus et des publicités adaptés.")


def te_stamp(title: str) -> datetime:
    return datetime(2007, 10, 1, 17, 5) + timedelta(days=number("terschelling", "day", title, mod=600),
                                                     minutes=number("terschelling", "min", title, mod=300))


def te_list(ordered: bool, items: list[str]) -> str:
    return "<br />".join((f"{n}) " if ordered else "\u2022 ") + esc(i) for n, i in enumerate(items, 1))


def terschelling(p: Page) -> str:
    rng = p.rng
    site = "terschelling"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2007)
    card = p.card
    # Skyrock's editor produced bare text and BR tags; headings come out bold and underlined, quotations italic
    pieces = shown_pieces(p, lambda v: f'<strong><span style="text-decoration: underline;">{esc(v)}</span></strong>',
                          lambda v, k: esc(v), lambda v: f"<em>{esc(v)}</em>", te_list)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label = rng.choice(TE_NOTE_LABELS)
        text = pick_note(TE_NOTES, p)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<span style="color: #cc3399;"><strong>{esc(label)}</strong> {esc(text)}</span>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"une image de {card['setting']} trouvée sur Google Images"
            piece = (f'<img src="http://i.skyrock.net/{number(site, "img", p.title, mod=9000, base=1000)}/{digest(site, "img", p.title, n=8)}.jpg" alt="" width="400" />'
                     f"<br /><small>{esc(caption)}</small>")
        else:
            caption = f"Vidéo : un reportage sur {card['x']} (Dailymotion)"
            piece = (f'<object width="420" height="339"><param name="movie" value="http://www.dailymotion.com/swf/x{digest(site, "dm", p.title, n=5)}"></param></object>'
                     f"<br /><small>{esc(caption)}</small>")
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        wall = (f"La suite ({fmt_int(p.rest_words()).replace(',', ' ')} mots) arrive dans le prochain article, promis !! "
                "Lâchez vos coms en attendant ;)")
        pieces.append(("wall", f"<strong>{esc(wall)}</strong>"))
        p.clutter.append(wall)
    if p.cut is None and p.refs:
        pieces.append(("heading", '<strong><span style="text-decoration: underline;">Works Cited</span></strong>'))
        pieces.append(("refs", "<br />".join(mk for _, mk in p.refs)))
    # Margaux opens every post with the counts, written in French
    counts = f"\u2665 {fmt_int(p.words).replace(',', ' ')} mots \u2022 {p.pages} {'page' if p.pages == 1 else 'pages'} sur ma copie \u2665"
    lead = [f'<span style="color: #993366;">{esc(counts)}</span>']
    p.clutter.append(counts.strip("\u2665 "))
    if carries(site, "credit", 6, p):
        lead.append(f"<em>{esc(TE_CREDIT)}</em>")
        p.clutter.append(TE_CREDIT.strip("()"))
    text = "<br /><br />".join(lead + [h for _, h in pieces])
    numbered = carries(site, "numbered", 9, p)
    order = {t: k for k, t in enumerate(p.site_titles, 1)}
    heading = f"Dissert' n°{order[p.title]} : {p.title}" if numbered else p.title
    if numbered:
        p.clutter.append(f"Dissert' n°{order[p.title]}")
    posted = te_stamp(p.title)
    edited = posted + timedelta(days=rng.randint(1, 40), minutes=rng.randint(5, 600)) if rng.random() < 0.5 else None
    stamps = f"Posté le {french_stamp(posted)}" + (f" \u00b7 Modifié le {french_stamp(edited)}" if edited else "")
    p.clutter.append(f"Posté le {french_stamp(posted)}")
    if edited:
        p.clutter.append(f"Modifié le {french_stamp(edited)}")
    tags = ", ".join(["histoire", "anglais", "section euro", "dissert", p.topic])
    p.clutter += [f"Tags : {tags}", "Ajouter cet article à ses favoris"]
    # links to the neighbouring posts
    k = order[p.title]
    prev_t = p.site_titles[k - 2] if k > 1 else None
    next_t = p.site_titles[k] if k < len(p.site_titles) else None
    nav = ""
    if prev_t:
        nav += f'<a href="http://{TE_USER}.skyrock.com/{number(site, "post", prev_t, mod=9 * 10**9, base=10**9)}-{slug(prev_t)}.html">&laquo; Article précédent : {esc(prev_t)}</a> '
        p.clutter += [f"Article précédent : {prev_t}", prev_t]
    if next_t:
        nav += f'<a href="http://{TE_USER}.skyrock.com/{number(site, "post", next_t, mod=9 * 10**9, base=10**9)}-{slug(next_t)}.html">Article suivant : {esc(next_t)} &raquo;</a>'
        p.clutter += [f"Article suivant : {next_t}", next_t]
    # readers' comments
    comments = ""
    chosen = rng.sample(range(len(TE_COMMENTERS)), rng.randint(1, 4))
    when = posted
    for c in chosen:
        when += timedelta(hours=rng.randint(3, 70), minutes=rng.randint(0, 59))
        who, said = TE_COMMENTERS[c], TE_COMMENTS[(c + p.index) % len(TE_COMMENTS)]
        comments += (f'<div class="comment"><a href="http://{who}.skyrock.com/" class="pseudo">{esc(who)}</a> '
                     f'<p>{esc(said)}</p><span class="date">Posté le {french_stamp(when)}</span></div>\n')
        p.clutter += [said, who, f"Posté le {french_stamp(when)}"]
    p.clutter += [f"Commentaires ({len(chosen)})", "Écrire un commentaire", "Ton commentaire :"]
    # box with three other posts and their second facts; half the pages show it in the left column
    box = ""
    for t in rng.sample(p.others, 3):
        fact = second_fact(t)
        box += (f'<li><a href="http://{TE_USER}.skyrock.com/{number(site, "post", t, mod=9 * 10**9, base=10**9)}-{slug(t)}.html">{esc(t)}</a>'
                f"<br /><span>Le saviez-vous ? {esc(fact)}</span></li>")
        p.clutter += [t, f"Le saviez-vous ? {fact}", fact]
    others = f'<div class="module" id="autres"><h3>Dans mes autres articles</h3><ul>{box}</ul></div>'
    p.clutter.append("Dans mes autres articles")
    ahead = placed_before(site, "autres", p)
    created = "Création : 14/09/2007 à 18:52"
    updated = posted + timedelta(days=rng.randint(0, 30))
    update = f"Mise à jour : {updated.day:02d}/{updated.month:02d}/{updated.year} à {updated.hour:02d}:{updated.minute:02d}"
    n_posts = 18 + rng.randint(0, 6)
    stats = [f"{n_posts} articles", f"Kiffs : {rng.randint(40, 400)}", f"Commentaires : {rng.randint(60, 700)}",
             f"Amis : {rng.randint(20, 160)}", f"Favoris : {rng.randint(3, 40)}", f"Visites : {fmt_int(rng.randint(2000, 40000)).replace(',', ' ')}"]
    p.clutter += [TE_BLOG, TE_DESC, created, update, "Margaux, 17 ans", "Quimper (29)", "Ajouter à mes amis",
                  "Envoyer un message", "Mon profil", TE_USER] + stats
    ad = TE_ADS[number(site, "ad", p.index, mod=len(TE_ADS))]
    p.clutter += [ad, "Conditions générales", "Signaler un abus", "Skyrock.com \u00a9 2013"]
    banner = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div class="skyalerte">{esc(TE_BANNERS[turn])}</div>\n'
        p.clutter.append(TE_BANNERS[turn])
    cookies = ""
    if carries(site, "cookies", 12, p):
        cookies = f'<div id="cookie-bar">{esc(TE_COOKIES)} <a href="http://www.skyrock.com/cookies/">En savoir plus</a> <a href="#" class="ok">OK</a></div>\n'
        p.clutter += [TE_COOKIES, "En savoir plus"]
    topnav = " ".join(f'<a href="http://www.skyrock.com/{slug(x.replace("é", "e"))}/">{esc(x)}</a>' for x in TE_NAV)
    profile = (f'<div class="module" id="profil"><h3>Mon profil</h3><img src="http://i.skyrock.net/avatars/{digest(site, "avatar", n=8)}.jpg" width="100" alt="" />'
               f'<p><a href="http://{TE_USER}.skyrock.com/profil/">{TE_USER}</a><br />Margaux, 17 ans<br />Quimper (29)<br />France</p>'
               f'<p><a href="#">Ajouter à mes amis</a><br /><a href="#">Envoyer un message</a></p>'
               f"<p>{esc(created)}<br />{esc(update)}</p><ul>" + "".join(f"<li>{esc(x)}</li>" for x in stats) + "</ul></div>")
    left = profile + ("\n" + others if ahead else "")
    right = "" if ahead else others
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" lang="fr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(p.title)} - Blog de {TE_USER} - Skyrock.com</title>
<link rel="stylesheet" type="text/css" href="http://static.skyrock.net/css/blog_{digest(site, 'css', n=6)}.css" />
<script type="text/javascript" src="http://static.skyrock.net/js/blog_{digest(site, 'js', n=6)}.js"></script>
</head>
<body>
{cookies}<div id="skybar"><a href="http://www.skyrock.com/"><img src="http://static.skyrock.net/img/logo_sky.png" alt="Skyrock" width="96" height="24" /></a> {topnav} <span class="right"><a href="http://www.skyrock.com/m/account/login.php">Connexion</a> | <a href="http://www.skyrock.com/m/account/subscribe.php">Inscription</a> | <a href="http://www.skyrock.com/aide/">Aide</a></span></div>
{banner}<div id="pub"><span class="label">Publicité</span> <a href="http://ads.skyrock.net/c/{digest(site, 'ad', p.index, n=8)}">{esc(ad)}</a></div>
<div id="blogheader"><h1><a href="http://{TE_USER}.skyrock.com/">{esc(TE_BLOG)}</a></h1><p class="description">{esc(TE_DESC)}</p></div>
<div id="page">
<div id="colonne-gauche">
{left}
</div>
<div id="contenu">
<div class="article">
<h2 class="titre-article">{esc(heading)}</h2>
<div class="text-article">{text}</div>
<p class="infos-article">{esc(stamps)}</p>
<p class="actions-article"><a href="#">Ajouter cet article à ses favoris</a> | <a href="#">Kiffer</a> | <a href="#">Partager</a> | <a href="#commentaires">Commenter</a></p>
<p class="tags">Tags : {esc(tags)}</p>
</div>
<div class="navigation-articles">{nav}</div>
<div id="commentaires"><h3>Commentaires ({len(chosen)})</h3>
{comments}<form action="#" class="ecrire"><h4>Écrire un commentaire</h4><label>Pseudo :</label> <input type="text" name="pseudo" /><br /><label>Ton commentaire :</label><br /><textarea name="texte" rows="5" cols="50"></textarea><br /><input type="submit" value="Envoyer" /></form></div>
</div>
<div id="colonne-droite">
{right}
</div>
</div>
<div id="footer"><a href="http://www.skyrock.com/cgu/">Conditions générales</a> | <a href="http://www.skyrock.com/confidentialite/">Confidentialité</a> | <a href="http://www.skyrock.com/abus/">Signaler un abus</a> | <a href="http://www.skyrock.com/aide/">Aide</a> | <a href="http://www.skyrock.com/pub/">Publicité</a><br />Skyrock.com &copy; 2013</div>
</body>
</html>
"""


# ---- 4. ameland: a piece on Figment, the young writers' community ---------------------------------------------

AM_WRITERS = ["Juniper Hale", "Theo Marchetti", "inkwell_ellie", "Soraya N.", "Benji Laurent", "wren.writes"]
AM_CONTESTS = [("the Small Histories Contest", 750), ("the Long Ago Essay Prize", 800),
               ("the Then and Now Challenge", 1000)]
AM_WHY = [
    "I wrote this for my {level} class this spring and my teacher told me I should share it here. I'd really like "
    "to know whether the argument convinces you, so please leave a comment if you make it to the end!",
    "This started as a homework assignment and turned into something I actually cared about. Any feedback on the "
    "structure is welcome, especially the middle section, which went through four drafts.",
    "Okay, so this is my first nonfiction piece on here. History is my favorite subject and I wanted to prove that "
    "essays can be interesting too.",
    "Our teacher let us choose any topic and I picked this one after stumbling on it in a library book. Hearts and "
    "comments are very welcome!",
    "I'm entering this in the contest even though it isn't fiction, because the rules said anything goes. Tell me "
    "what you think of the ending.",
    "Posting this before I lose my nerve. It's a school essay, so it reads a little formal, but I promise there's "
    "a story in there.",
]
AM_NOTE_LABELS = ["Margin thought:", "Random thought:", "Edit (later):", "Teacher's take:"]
AM_NOTES = [
    "I went back and forth on this paragraph more than any other",
    "my teacher circled this and wrote 'yes!!' beside it",
    "honestly this part surprised me when I was researching it",
    "this is the bit my friends argued with me about",
    "I cut a whole page to get under the word limit and most of it came from here",
    "if anyone knows a better source for this, tell me in the comments",
    "this was originally my conclusion but it fit better here",
]
AM_BANNERS = [
    "The Then and Now Challenge closes this Friday at midnight Eastern. Get your entries in!",
    "Figment will be down for upgrades on Saturday morning from 6 to 8 Eastern.",
    "New: follow your favorite writers and get an alert whenever they post.",
]
AM_CREDIT = "Big thanks to my history teacher for letting me post this here."
AM_COMMENTERS = ["marigold.reads", "Jonah T.", "penpal_ana", "Xavier Lund", "the_quiet_one", "Bea W."]
AM_COMMENTS = [
    "This is so well researched, I didn't know any of this!",
    "Hearted! The ending gave me chills, honestly.",
    "You should totally win this contest.",
    "Great job. Maybe add a map? I got a bit lost in the middle.",
    "I had to write about this for school too and yours is way better lol",
    "Following you now, can't wait to read more.",
]
AM_SONGS = "Skinny Love (Bon Iver), Ho Hey (The Lumineers), Lonely Boy (The Black Keys)"


def am_writer(title: str) -> str:
    return AM_WRITERS[number("ameland", "writer", title, mod=len(AM_WRITERS))]


def ameland(p: Page) -> str:
    rng = p.rng
    site = "ameland"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2011)
    card = p.card
    writer = am_writer(p.title)

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f'<{tag} class="fg-list">' + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"

    pieces = shown_pieces(p, lambda v: f"<h3>{esc(v)}</h3>", lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f'<blockquote class="fg-quote"><p>{esc(v)}</p></blockquote>', listing)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label = rng.choice(AM_NOTE_LABELS)
        text = pick_note(AM_NOTES, p)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<aside class="inline-note"><b>{esc(label)}</b> {esc(text)}</aside>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Songs on repeat while I wrote this: {AM_SONGS}"
            piece = f'<div class="fg-media playlist"><span class="icon">&#9835;</span> {esc(caption)}</div>'
        else:
            caption = f"Image: {card['setting']}, from an old postcard"
            piece = (f'<figure class="fg-media"><img src="https://figment-assets.s3.amazonaws.com/uploads/{digest(site, "img", p.title, n=12)}.jpg" alt="" width="480" />'
                     f"<figcaption>{esc(caption)}</figcaption></figure>")
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        wall = (f"{writer} has shared only part of this piece publicly. The other {fmt_int(p.rest_words())} words "
                "are visible to their Figment friends.")
        pieces.append(("wall", f'<div class="locked"><p>{esc(wall)}</p><a class="btn" href="/friends/request">Send a friend request</a></div>'))
        p.clutter += [wall, "Send a friend request"]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h3>Works Cited</h3>"))
        pieces.append(("refs", "\n".join(f'<p class="citation">{mk}</p>' for _, mk in p.refs)))
    body = "\n".join(h for _, h in pieces)
    # counts go in the contest badge, right beside the contest's word limit
    contest, limit = next(((c, lim) for c, lim in AM_CONTESTS[number(site, "contest", p.title, mod=3):] if lim >= p.words), AM_CONTESTS[-1])
    meter = f"Word meter: {fmt_int(p.words)} of {fmt_int(limit)}"
    estimate = f"Print estimate: {p.pages} {'page' if p.pages == 1 else 'pages'}"
    badge = (f'<div class="contest-badge"><span class="ribbon">{esc(p.grade)}</span> Entered in {esc(contest)} '
             f'<span class="meter">{esc(meter)}</span> &middot; <span class="estimate">{esc(estimate)}</span></div>')
    p.clutter += [f"Entered in {contest}", meter, estimate, p.grade]
    # where the writer's prose note goes: nine pages print it before the text, nine after
    why = AM_WHY[number(site, "why", p.title, mod=len(AM_WHY))].format(level=p.level)
    note = f'<section class="writers-note"><h4>Why I wrote this</h4><p>{esc(why)}</p></section>'
    p.clutter += ["Why I wrote this", why]
    ahead = placed_before(site, "why", p)
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<p class="thanks"><em>{esc(AM_CREDIT)}</em></p>\n'
        p.clutter.append(AM_CREDIT)
    hearts, reads = rng.randint(4, 160), rng.randint(60, 2400)
    comments = ""
    chosen = rng.sample(range(len(AM_COMMENTERS)), rng.randint(1, 4))
    for c in chosen:
        who, said = AM_COMMENTERS[c], AM_COMMENTS[(c + p.index) % len(AM_COMMENTS)]
        ago = rng.choice([f"{rng.randint(2, 11)} months ago", f"{rng.randint(2, 5)} weeks ago", f"{rng.randint(2, 6)} days ago"])
        comments += (f'<li class="comment"><img src="https://figment-assets.s3.amazonaws.com/avatars/{digest(site, who, n=8)}.png" width="40" alt="" />'
                     f'<a class="who" href="/users/{slug(who)}">{esc(who)}</a> <time>{ago}</time><p>{esc(said)}</p><a class="reply" href="#">Reply</a></li>\n')
        p.clutter += [said, who, ago]
    stats = f"\u2665 {hearts} hearts \u00b7 {fmt_int(reads)} reads \u00b7 {plural(len(chosen), 'comment')}"
    p.clutter += [stats, f"by {writer}", f"Comments ({len(chosen)})", "Leave a comment", "Heart this piece",
                  "Add to library"]
    # three recommendation cards, quoting strand one's figures sentence from each piece
    cards = ""
    for t in rng.sample(p.others, 3):
        sen = figures_one(t)
        cards += (f'<li class="book-card"><a href="/books/{number(site, "book", t, mod=900000, base=100000)}-{slug(t)}">'
                  f'<img src="https://figment-assets.s3.amazonaws.com/covers/{digest(site, "cover", t, n=10)}.jpg" width="90" alt="" />'
                  f'<span class="t">{esc(t)}</span></a><span class="by">by {esc(am_writer(t))}</span>'
                  f'<span class="hl">Most highlighted: \u201c{esc(sen)}\u201d</span></li>')
        p.clutter += [t, f"by {am_writer(t)}", f"Most highlighted: \u201c{sen}\u201d", sen]
    p.clutter += ["Readers who hearted this also hearted", "Join Figment", "Sign in",
                  "Figment is a home for young writers and the people who read them.", "\u00a9 2012 Figment Inc."]
    banner = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div class="announcement">{esc(AM_BANNERS[turn])}</div>\n'
        p.clutter.append(AM_BANNERS[turn])
    tags = "".join(f'<a class="tag" href="/tags/{slug(t)}">{esc(t)}</a>' for t in ("nonfiction", "essay", p.topic))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(p.title)} by {esc(writer)} | Figment</title>
<meta property="og:title" content="{html.escape(p.title)}">
<link rel="stylesheet" href="https://figment-assets.s3.amazonaws.com/stylesheets/app-{digest(site, 'css', n=10)}.css">
<script src="https://figment-assets.s3.amazonaws.com/javascripts/app-{digest(site, 'js', n=10)}.js"></script>
</head>
<body class="books show">
<header id="fg-header"><a class="logo" href="/"><img src="https://figment-assets.s3.amazonaws.com/images/figment-logo.png" alt="figment" width="120" height="36"></a>
<nav><a href="/read">Read</a> <a href="/write">Write</a> <a href="/contests">Contests</a> <a href="/forums">Forums</a> <a href="/groups">Groups</a></nav>
<form action="/search"><input type="search" name="q" placeholder="Search books, writers and groups"></form>
<span class="session"><a href="/login">Sign in</a> <a class="btn" href="/signup">Join Figment</a></span></header>
{banner}<main id="book">
<div class="book-head">
<img class="cover" src="https://figment-assets.s3.amazonaws.com/covers/{digest(site, 'cover', p.title, n=10)}.jpg" width="150" alt="">
<h1 class="book-title">{esc(p.title)}</h1>
<p class="author">by <a href="/users/{slug(writer)}">{esc(writer)}</a></p>
<p class="tags">{tags}</p>
<p class="stats">{esc(stats)}</p>
{badge}
<p class="actions"><a href="#">Heart this piece</a> <a href="#">Add to library</a> <a href="#">Report</a></p>
</div>
{(note + chr(10)) if ahead else ""}{credit}<article class="book-text">
{body}
</article>
{"" if ahead else note + chr(10)}<section id="comments"><h3>Comments ({len(chosen)})</h3><ul>
{comments}</ul><form action="#"><textarea name="comment" placeholder="Leave a comment"></textarea><button>Leave a comment</button></form></section>
<section id="also"><h3>Readers who hearted this also hearted</h3><ul>{cards}</ul></section>
</main>
<footer id="fg-footer"><p>Figment is a home for young writers and the people who read them.</p><p><a href="/about">About</a> <a href="/help">Help</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/contact">Contact</a></p><p>&copy; 2012 Figment Inc.</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------- main

SITES = {  # folder -> (writer; teaser count; count of pages ending in references; twin pair, unused)
    "texel": (texel, 3, 4, None),                # Deja News: one PRE post, moving header box, quoting follow-ups
    "vlieland": (vlieland, 3, 4, None),          # EzineArticles: bold-paragraph headings, moving details box
    "terschelling": (terschelling, 2, 4, None),  # Skyrock: French chrome, BR runs, numbered headings
    "ameland": (ameland, 3, 3, None),            # Figment: counts beside a word limit, moving prose note
}


def units_of(essay: dict) -> set[str]:
    """Every block except headings, and every list item, that runs past five words, normalised."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int, need: int) -> list[dict]:
    """Goes through the cards in shuffled order, dropping any essay that overlaps (by a unit, in either
    direction) with one already accepted, and stops at `need`."""
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
    ap.add_argument("--seed", type=int, default=2024)
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
