"""Write a TENTH set of held-out essay-site folders for measuring site learning (issue 13) at first contact.

    /work/main/.venv/bin/python heldout/sites10/generate.py /work/corpora/sites10-heldout [--seed 163]

Four invented essay-sample sites, 18 pages each, in markup families no earlier set (heldout/sites/ to sites9/) uses:
OUTDIR/<site>/page-NN.html and the truth of every page, OUTDIR/<site>/truth/page-NN.md (the format at the top of
bench/scoring.py). As in the eighth and ninth sets, the essays are written by this generator from its own invented
topic cards (ESSAY_CARDS) and sentence patterns -- new cards and new patterns, none of the eighth or ninth set's -- so
no text here was ever seen by the code. One card per page, never twice in the set. OUTDIR/SOURCES.tsv says which card
went where. Same seed, same bytes.

Sites (markup families):
  cressbrook  HubSpot CMS blog post of a tutoring company: hs_cos_wrapper spans, the essay in the post_body rich text
              (plain <p>/<h2>/<blockquote>), HubSpot CTA embeds (hs-cta-wrapper) and sales lines as <p>s of the same
              rich text, a use-policy <p> in the rich text that moves, a "snapshot" label/value module, related posts
              whose summaries are other essays' openings cut at a character count (mid-word); canonical + og:url
  thornlaw    XenForo 2.2 forum thread of a study forum: message--post articles, the essay in the opening post's
              bbWrapper as <br />-separated text runs with the poster's own lines around it, [B] headings, spoiler
              blocks with the teacher's comments inside the essay, replies that quote the essay's own sentences,
              signatures, reactions, "Featured essays" snippets, similar threads; canonical + og:url
  wistowe     Google Sites (new Sites) page of a sixth-form English department: obfuscated class names shared by
              every text box, the essay cut into tiles and sections, a teacher's annotation tile in a second column
              beside an essay tile (same h3 / p classes), a label/value tile, "Compare the thesis statements" (the LAST
              sentence of other essays' openings), the site nav listing every exemplar, "Page updated"; og:url
  pellmoor    Wattpad story part, one essay per part of a student's essay "book": <pre> of <p data-p-id> paragraphs,
              bold centred paragraphs as headings, bullet characters as lists, comment-count markers inside the
              paragraphs, reading "pages" with ad slots between them, anti-theft lines, author's notes, the next
              part's opening words under the part, recommendations, comments; canonical + og:url

The truth writing, folder layout and page bookkeeping are the earlier sets' (heldout/sites/generate.py,
heldout/sites2/generate.py and heldout/sites3/generate.py, imported, unchanged).
"""

from __future__ import annotations

import argparse
import hashlib
import html
import importlib.util
import json
import random
import re
from datetime import date, timedelta
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
norm, block_text, slug, works_cited, person = g.norm, g.block_text, g.slug, g.works_cited, g.person
fmt_int, esc, spot = g2.fmt_int, g2.esc, g2.spot
plural = g3.plural

PAGES_PER_SITE = 18

# ------------------------------------------------------------------------------------------ the essays
# One card per essay: title | subject | x (a singular noun phrase) | people (plural) | setting | period |
# three strands (;-separated noun phrases) | thesis (a clause) | rival view (a clause) | two facts (sentences) |
# the essay's question (ending in '?').

ESSAY_CARDS = """
The Penny Post and the Letter-Writing Boom | history | the penny post | letter writers and postal clerks | Victorian Britain | the 1840s | the flat rate for any distance; the prepaid adhesive stamp; the growth of literacy | cheap postage changed private life as much as it changed business | the penny post simply sped up a habit that was already spreading | Uniform penny postage was introduced across Britain in 1840. | The Penny Black was the world's first adhesive postage stamp.
Canal Mania and the Cost of Coal | history | the canal boom | mill owners and canal investors | the English Midlands and the North West | the late eighteenth century | the price of coal in towns; share speculation; competition from the railways | the canals mattered less as engineering than as a way of making coal cheap | the canals were a short-lived fashion that the railways quickly made pointless | The Bridgewater Canal, opened in 1761, halved the price of coal in Manchester. | Many canal companies were later bought up by railway companies.
What the Luddites Wanted | history | the Luddite movement | textile workers | Nottinghamshire, Yorkshire and Lancashire | 1811 to 1816 | wage cuts; cheap and badly made cloth; the army sent to the textile districts | the Luddites were defending their trade rather than attacking machines as such | the Luddites were simply afraid of new technology | Parliament made frame-breaking a capital crime in 1812. | The protesters signed their letters in the name of an imaginary General Ludd.
Daylight Saving Time | politics | daylight saving time | governments and farmers | Britain and Europe | the First World War | the saving of fuel; safety on winter mornings; the habits of farmers | changing the clocks is a habit that has outlived its original purpose | putting the clocks forward still saves energy and prevents accidents | Britain first put its clocks forward in 1916, during the First World War. | The builder William Willett campaigned for summer time but died before it was adopted.
Railway Time and the Standard Clock | history | standard time | railway companies and town councils | Victorian Britain | the 1840s and 1850s | timetables across many towns; the electric telegraph; local pride in local time | railways made a single national time necessary long before the law caught up | standard time was imposed by scientists at Greenwich rather than by the railways | Before railway time, towns in the west of England kept clocks several minutes behind London. | Greenwich Mean Time became the legal time throughout Great Britain in 1880.
The Suez Crisis and the End of Empire | history | the Suez crisis | British and French ministers | Egypt and the Eastern Mediterranean | 1956 | the nationalisation of the canal; American financial pressure; opinion at home | Suez showed that Britain could no longer act as a great power without American support | Suez was a short military episode with little lasting effect on British policy | Egypt's President Nasser nationalised the Suez Canal Company in July 1956. | British and French troops withdrew after pressure from the United States.
Antibiotics on the Farm | biology | the routine use of antibiotics in farming | farmers and vets | intensive livestock farms in Europe and North America | the late twentieth century | growth promoters; resistant bacteria in food; the cost of better animal housing | routine antibiotic use on farms is a public health risk that farming can afford to end | farm antibiotics make only a small contribution to resistance in people | The European Union banned antibiotics as growth promoters in animal feed in 2006. | Bacteria can pass genes for resistance to other bacteria.
The Troubles of the Honeybee | biology | the decline of the honeybee | beekeepers and crop growers | Europe and North America | the 2000s | the varroa mite; pesticides on crops; the loss of wild flowers | the honeybee's troubles come from several pressures acting together, not from one cause | the honeybee is a farmed animal whose numbers beekeepers can simply rebuild | Beekeepers in the United States reported sudden colony losses in the winter of 2006. | The varroa mite feeds on bees and spreads viruses between them.
Light Pollution and the Night Sky | geography | light pollution | astronomers and residents | towns and national parks in Britain | the late twentieth century | street lighting; the effect on insects and birds; the loss of a view of the stars | light pollution is a waste that could be reduced cheaply with little loss of safety | bright streets are the price of safety and few people miss the stars | Exmoor became Europe's first International Dark Sky Reserve in 2011. | Some councils now dim or switch off street lights after midnight.
The Plastic Bag Charge | economics | the plastic bag charge | shoppers and retailers | England | 2015 | the size of the charge; habits at the till; the bags that replaced the old ones | a small charge changed behaviour because it made a thoughtless habit visible | the charge was a token gesture that did little for the environment | England introduced a five pence charge for single-use carrier bags in 2015. | Sales of single-use bags in large shops fell sharply within a year.
Congestion Charging in London | economics | the congestion charge | drivers and city authorities | central London and Stockholm | 2003 | the daily fee; bus services; the pressure from delivery vans | road pricing works, but only alongside public transport that people can use instead | the congestion charge is a tax that punishes people who need to drive | London introduced its congestion charge in February 2003. | Stockholm kept its own charge after a trial and a referendum in 2006.
Minimum Pricing for Alcohol | politics | minimum unit pricing | drinkers and health officials | Scotland | 2018 | cheap strong cider; the incomes of the heaviest drinkers; sales across the border | minimum pricing is a fair way to target the drinks that do the most harm | minimum pricing punishes poorer drinkers while barely touching the rest | Scotland introduced a minimum price of 50 pence per unit of alcohol in 2018. | The policy was delayed for years by a legal challenge from the drinks industry.
Finland's Basic Income Trial | economics | the basic income trial | unemployed people and government planners | Finland | 2017 and 2018 | the wish to simplify benefits; work incentives; the wellbeing of those taking part | the Finnish trial showed that a basic income helps wellbeing more than it helps employment | the trial showed that basic income does not work | Finland paid 2,000 unemployed people a monthly sum of 560 euros for two years. | Those taking part kept the money whether or not they found work.
Supermarket Loyalty Cards | economics | the loyalty card | supermarkets and shoppers | British supermarkets | the 1990s | discounts and vouchers; data about shopping habits; prices for people without cards | the loyalty card is better understood as a trade of information than as a reward | loyalty cards are a simple thank-you that costs the shopper nothing | Tesco launched its Clubcard scheme in 1995. | Some shops now offer lower prices only to members of their schemes.
The Gig Economy and the Law | sociology | the gig economy | app drivers and couriers | British cities | the 2010s | flexible hours; the status of workers; ratings by customers | the gig economy works for platforms because the law was slow to decide who is an employee | gig work is a free choice that suits most of the people who do it | The UK Supreme Court ruled in 2021 that Uber drivers are workers rather than self-employed. | Workers are entitled to the minimum wage and holiday pay in British law.
Grammar Schools and the Eleven-Plus | education | the eleven-plus | parents and pupils | England | 1944 to the 1970s | selection at eleven; the secondary modern schools; the rise of comprehensives | the grammar school system helped some children but failed most of the rest | grammar schools gave clever working-class children a way up that has since been lost | The 1944 Education Act set up free secondary education for all children in England. | Most children who took the eleven-plus went to secondary modern schools.
Coursework or Exams? | education | coursework | teachers and exam boards | GCSE and A level courses in England | the 2010s | fairness between candidates; help from home; the skills that each method measures | a mix of coursework and exams measures more of what students can do than either alone | exams are the only fair test because everyone sits them in the same conditions | Reforms from 2015 cut most coursework from GCSE courses in England. | New GCSEs in England are graded from 9 at the top down to 1.
Forest School in the Early Years | education | forest school | nursery staff and young children | nurseries and primary schools in Britain | the 1990s | play outdoors in all weathers; managed risk; children's confidence | forest school's real value lies in letting children judge risk for themselves | forest school is a pleasant extra with little effect on learning | The forest school idea reached Britain in the 1990s after nursery staff visited Denmark. | Sessions often take place in the same patch of woodland every week.
Free School Meals for Infants | education | universal free school meals | parents and head teachers | primary schools in England | 2014 | the stigma of means testing; the cost to schools; children's concentration in the afternoon | free meals for every infant are worth paying for because they reach families that means tests miss | free meals for everyone waste money on families who could pay | All infant pupils in English state schools have been offered a free lunch since 2014. | Older pupils qualify for free meals only if their family receives certain benefits.
The Apprenticeship Levy | economics | the apprenticeship levy | large employers and training providers | England | 2017 | the tax on payroll; training for older staff; the fall in new starts | the levy raised money for training but did not raise the number of young apprentices | the levy has made employers take training seriously | The apprenticeship levy charges large employers 0.5 per cent of their pay bill. | Employers can spend the money only on approved apprenticeship training.
Hamlet and the Problem of Delay | English literature | Hamlet's delay | audiences and critics | Shakespeare's Denmark | around 1600 | the ghost's command; the play within the play; the prayer scene | Hamlet's delay comes from a mind that distrusts every certainty, not from cowardice | Hamlet delays simply because the plot needs him to | Hamlet stages a play he calls The Mousetrap to test the king's guilt. | Hamlet spares Claudius at prayer because he fears the king would go to heaven.
Responsibility in Frankenstein | English literature | responsibility in Frankenstein | readers | Geneva, the Alps and the Arctic | the late eighteenth century | the creature's abandonment; Victor's secrecy; the deaths of the innocent | the novel blames Victor less for creating life than for walking away from it | the novel is a simple warning against science | Mary Shelley began writing Frankenstein at the Villa Diodati near Geneva in 1816. | The novel was first published anonymously in 1818.
The Narrators of Wuthering Heights | English literature | the narrators of Wuthering Heights | readers and critics | the Yorkshire moors | the late eighteenth century | Lockwood's outsider view; Nelly Dean's partial account; the gaps between them | the novel's divided narration makes judgement of Heathcliff deliberately hard | the narrators are only a convenient way of telling the story | Wuthering Heights was published in 1847 under the name Ellis Bell. | Most of the story reaches the reader through Nelly Dean's account to Lockwood.
Loneliness in Of Mice and Men | English literature | loneliness in Of Mice and Men | readers | a ranch in California | the 1930s | the drifting ranch hands; Crooks in the barn; Curley's wife | Steinbeck presents loneliness as a product of the economy rather than of character | the novella is mainly a story about one unusual friendship | Of Mice and Men was published in 1937, during the Great Depression. | Crooks lives apart from the other men because he is black.
Responsibility in An Inspector Calls | English literature | responsibility in An Inspector Calls | audiences | a house in an industrial town | 1912 | the Birlings' dinner; Eva Smith's story; the final telephone call | Priestley uses a 1912 setting to ask a 1945 audience what kind of society it wanted next | the play is a detective story with a twist | An Inspector Calls was written in 1945 but is set in 1912. | Each member of the Birling family is shown to have played a part in Eva Smith's fate.
Animal Farm as Allegory | English literature | the allegory of Animal Farm | readers and critics | Manor Farm | the 1940s | the rebellion; the rivalry of Napoleon and Snowball; the changing commandments | Animal Farm works because it can be read without knowing the history it attacks | the book is too closely tied to Soviet history to matter now | Animal Farm was published in 1945, after several publishers had turned it down. | The commandment that all animals are equal is later changed to add that some are more equal than others.
Wilfred Owen and the Language of War | English literature | Owen's war poetry | soldiers and readers at home | the Western Front | 1917 and 1918 | the gas attack; the old lie of patriotic verse; pity as a subject | Owen's poems attack the language of war as much as war itself | Owen was a protest poet whose anger limits his art | Wilfred Owen was killed a week before the Armistice in November 1918. | Most of his poems were published only after his death.
Haste in Romeo and Juliet | English literature | haste in Romeo and Juliet | audiences | Verona | the 1590s | the quick marriage; the street fights; the delayed letter | the play treats haste as the real villain, more than fate or the feud | the lovers are doomed by fate from the first scene | The action of Romeo and Juliet takes place over only a few days. | The prologue calls the lovers star-crossed before the play has begun.
The Sonnet as a Form | English literature | the sonnet | poets and readers | English poetry | the sixteenth century onwards | fourteen lines; the turn in the argument; rhyme schemes | the sonnet has lasted because its limits push poets towards argument | the sonnet is an old-fashioned form kept alive by habit | A sonnet usually has fourteen lines. | The Petrarchan sonnet divides into eight lines and six lines.
Text Messaging and Literacy | English language | text messaging | teenagers and teachers | Britain | the 2000s | abbreviations; spelling in school work; playfulness with language | texting has not damaged young people's literacy and may even reflect skill with language | texting has damaged young people's spelling and grammar | Early text messages were limited to 160 characters. | Many abbreviations used in texts, such as numbers for words, are older than mobile phones.
Accent and Prejudice | English language | accent prejudice | job applicants and employers | Britain | the twentieth century | Received Pronunciation; regional accents on television; hiring decisions | accent prejudice is one of the last forms of discrimination that many people still defend | people judge accents because accents really do tell us something useful | Received Pronunciation was long the standard accent of BBC announcers. | Surveys of attitudes often rate some city accents lower than rural ones.
The Apostrophe and Its Defenders | English language | the apostrophe | grammarians and shopkeepers | Britain | the 2000s | the greengrocer's apostrophe; street signs; the influence of predictive text | fights over the apostrophe are mostly about social status, not clarity | the apostrophe is essential for clear writing and worth defending | The Apostrophe Protection Society was founded in 2001 and closed in 2019. | Some councils have removed apostrophes from street names to avoid confusion.
Pidgins and Creoles | English language | the creole language | speakers and linguists | the Caribbean and the Pacific | the seventeenth to twentieth centuries | trade contact; children learning a pidgin as a first language; the status of creoles in school | creoles are full languages whose low status comes from history rather than from grammar | creoles are simplified versions of European languages | Tok Pisin is an official language of Papua New Guinea. | A creole develops when children learn a pidgin as their first language.
The Hays Code in Hollywood | media studies | the Hays Code | film studios and censors | Hollywood | 1934 to 1968 | rules about crime and sex; the power of the studios; the coming of television | the Hays Code shaped Hollywood's style as much as it limited its content | the code was simple censorship that held back American film | The Production Code was strictly enforced in Hollywood from 1934. | The code was replaced by a ratings system in 1968.
Video Games and Violence | psychology | violent video games | psychologists and parents | Europe and North America | the 2000s | laboratory studies of aggression; age ratings; moral panic about new media | the evidence does not support the claim that violent games make players violent | violent games clearly make young players more aggressive | PEGI age ratings were introduced for video games in Europe in 2003. | Earlier panics were raised about comics, films and television.
Podcasts and the Return of Talk | media studies | the podcast | listeners and broadcasters | Britain and the United States | the 2000s | listening on the move; the long interview; advertising and sponsorship | podcasts succeeded by offering the intimacy that broadcast radio had lost | podcasts are just radio on demand | The word podcast was coined in 2004. | Many podcasts are recorded by one or two people with cheap equipment.
The Stanford Prison Experiment | psychology | the Stanford prison experiment | psychologists and students | Stanford University | 1971 | the guards' behaviour; the role of the researchers; later criticism of the method | the experiment reveals the power of expectations rather than a fixed truth about human nature | the study proved that ordinary people become cruel when given power | The experiment was stopped after six days instead of the planned two weeks. | Students were given roles as guards or prisoners at random.
Obedience After Milgram | psychology | Milgram's obedience studies | psychologists | Yale University | the 1960s | the authority of the experimenter; the distance from the victim; later repeats of the study | the studies show how obedience depends on the situation, not that most people are cruel | the studies prove that most people will harm others when told to | In Milgram's best-known version, about two thirds of participants went to the highest shock level. | The shocks were not real, and the learner was an actor.
The Fallible Eyewitness | psychology | eyewitness memory | jurors and police officers | courts and laboratories | the 1970s | leading questions; the stress of the event; identity parades | eyewitness evidence should be treated with the caution given to any other fragile trace | confident witnesses are usually right | A well-known 1974 study found that the verb used in a question changed estimates of a car's speed. | Mistaken identification has played a part in many wrongful convictions.
Teenagers and Early Mornings | biology | the teenage body clock | teenagers and schools | Britain and the United States | the 2000s | melatonin released later at night; early school start times; screens at bedtime | schools that start early ask teenagers to work against their own biology | teenagers are tired because of late nights on phones, not because of biology | The body releases the sleep hormone melatonin later in the evening during adolescence. | Some schools have trialled later start times for older pupils.
The Marshmallow Test | psychology | the marshmallow test | psychologists and parents | nursery schools in California | the 1960s and 1970s | willpower; family circumstances; the trust a child places in adults | the marshmallow test measures a child's circumstances at least as much as their self-control | the test showed that willpower in childhood predicts success in life | Children were offered one treat now or two if they waited. | A larger study in 2018 found a much weaker link with later achievement.
Nudge Units in Government | politics | the nudge unit | civil servants and citizens | Britain | 2010 | letters about tax; default options in pensions; the ethics of steering behaviour | nudging is a useful tool as long as it stays open and modest | nudges are a manipulative way of governing | The UK government set up its Behavioural Insights Team in 2010. | Automatic enrolment has greatly increased the number of workers saving into pensions.
Proportional Representation | politics | proportional representation | voters and political parties | the United Kingdom | the 2010s | wasted votes; coalition governments; the link between an MP and a constituency | the case for proportional representation has grown stronger as voters have left the two main parties | first past the post gives stable government and should be kept | In a 2011 referendum, voters rejected the Alternative Vote by about two to one. | The Scottish Parliament is elected with a mixed system that includes regional lists.
Reforming the House of Lords | politics | the House of Lords | peers and reformers | Westminster | 1999 | hereditary peers; appointments by party leaders; the value of expert members | the Lords needs reform of how members are chosen more than of what the chamber does | an unelected chamber of experts works better than an elected one would | The House of Lords Act 1999 removed all but 92 hereditary peers. | Most members of the House of Lords are now appointed for life.
Compulsory Voting in Australia | politics | compulsory voting | voters and electoral officials | Australia | 1924 | fines for not voting; turnout among the young and poor; the right not to vote | compulsory voting is a small burden that makes parliaments more representative | being forced to vote is a breach of individual freedom | Australia made voting in federal elections compulsory in 1924. | Turnout at Australian federal elections is usually above 90 per cent.
The Suffragettes and Militancy | history | suffragette militancy | campaigners for women's votes | Britain | 1903 to 1914 | window-smashing and arson; hunger strikes; the patient work of the suffragists | militancy won attention but probably slowed the vote for women | women won the vote because militancy made the issue impossible to ignore | The Women's Social and Political Union was founded in Manchester in 1903. | Some women over thirty gained the vote in 1918.
The Black Death and Wages | history | the Black Death | peasants and landlords | England | 1348 to 1381 | the shortage of labour; laws to hold down wages; the Peasants' Revolt | the Black Death weakened serfdom by making labour scarce and therefore valuable | the Black Death was a disaster with no benefits for anyone | The Statute of Labourers of 1351 tried to hold wages at their level before the plague. | The plague killed perhaps a third or more of England's population.
The Enclosure of the Open Fields | history | enclosure | farmers and cottagers | rural England | 1750 to 1850 | hedges and new farms; the loss of common rights; the movement to the towns | enclosure raised farm output but at a real cost to the rural poor | enclosure was a necessary modernisation that benefited everyone in the end | Parliament passed thousands of enclosure acts between 1750 and 1850. | Common rights included grazing animals and gathering fuel.
The 1918 Influenza | history | the 1918 influenza | doctors and city governments | Europe and North America | 1918 and 1919 | the movement of troops; the deaths of young adults; closing public places | the 1918 influenza spread so widely because the war shaped every response to it | the pandemic was a natural disaster that no government could have eased | The 1918 influenza killed tens of millions of people around the world. | Unusually, many of those who died were young adults.
The Berlin Airlift | history | the Berlin airlift | pilots and Berliners | West Berlin | 1948 and 1949 | the Soviet blockade; supplies of coal and flour; the start of the Cold War | the airlift was a political victory as much as a feat of supply | the airlift was a logistical achievement with little political meaning | The Soviet Union blocked road and rail access to West Berlin in June 1948. | Western aircraft flew supplies into the city until the blockade was lifted in May 1949.
The Hanseatic League | history | the Hanseatic League | merchants | the towns of the Baltic and North Sea | the thirteenth to fifteenth centuries | trading privileges; shared law among towns; the rise of nation states | the Hanseatic League shows that trade could be organised across borders without a state | the League was a loose club with little real power | Lübeck was the leading town of the Hanseatic League. | The League's trading base in London was known as the Steelyard.
Printing and the Reformation | history | the printing press in the Reformation | reformers and printers | the German lands | the 1520s | cheap pamphlets; woodcut pictures; the speed of news | printing did not cause the Reformation but made it impossible to stop | the Reformation would have happened in the same way without printing | Martin Luther's Ninety-five Theses of 1517 were quickly printed and spread. | Many pamphlets used pictures to reach readers who could barely read.
The Lancashire Cotton Famine | history | the cotton famine | mill workers | Lancashire | 1861 to 1865 | the blockade of Southern ports; relief committees; support for the Union | the cotton famine tested Lancashire's mill towns and showed both their poverty and their solidarity | the mill workers simply had no choice in the matter | The American Civil War cut the supply of raw cotton to Lancashire's mills. | Public relief works were set up to give unemployed mill workers paid labour.
Bog Bodies | classics | the bog body | archaeologists | the peat bogs of northern Europe | the Iron Age | how the bodies were preserved; signs of violent death; the meaning of offerings | the bog bodies are best read as deliberate offerings rather than criminals | the bog bodies were executed criminals and nothing more | Tollund Man was found in a Danish bog in 1950. | Acidic peat with little oxygen preserves skin and hair.
Life on Hadrian's Wall | classics | Hadrian's Wall | soldiers and their families | the northern frontier of Roman Britain | the second century AD | customs and control; the forts and their towns; letters home | Hadrian's Wall was as much a place where people lived as a barrier | the Wall was a purely military line built to keep enemies out | Building of Hadrian's Wall began around AD 122. | Wooden writing tablets found at Vindolanda record daily life at the fort.
The Walls of Pompeii | classics | the graffiti of Pompeii | townspeople | Pompeii | before AD 79 | election notices; jokes and insults; advertisements for games | the walls of Pompeii show ordinary Romans writing for each other rather than for posterity | graffiti tells us little beyond idle scribbles | Pompeii was buried by the eruption of Vesuvius in AD 79. | Painted notices on walls urged voters to support candidates for local office.
The Trial of Socrates | classics | the trial of Socrates | Athenian citizens | Athens | 399 BC | the charge of impiety; the charge of corrupting the young; the politics after the war | the trial was as much about Athenian politics as about Socrates' ideas | Socrates was simply a martyr for free thought | Socrates was tried in 399 BC and sentenced to death. | He died by drinking hemlock.
The Trolley Problem | philosophy | the trolley problem | philosophers and engineers | philosophy classrooms | the 1960s onwards | killing and letting die; the doctrine of double effect; decisions built into machines | the trolley problem is useful because it exposes our reasons, not because it gives answers | the trolley problem is too artificial to teach us anything | The philosopher Philippa Foot described a version of the problem in 1967. | Versions of the problem are now discussed in debates about self-driving cars.
Moral Luck | philosophy | moral luck | philosophers | ordinary moral judgement | the 1970s | outcomes beyond our control; circumstances we did not choose; our own characters | moral luck shows that our practice of blame is less fair than we like to think | moral luck is an illusion, since we should judge only intentions | Two well-known papers called Moral Luck appeared in 1976. | A drunk driver who kills someone is usually blamed more than one who gets home safely.
Brutalist Buildings | art history | brutalism | architects and residents | British towns and cities | the 1950s to the 1970s | raw concrete; social housing; the reputation of the buildings | brutalism deserves to be judged by its aims as well as by its weathered surfaces | brutalist buildings are ugly failures that should be pulled down | The term brutalism comes from the French phrase for raw concrete. | Park Hill in Sheffield was listed as a building of special interest in 1998.
Banksy and the Value of Street Art | art history | street art | artists and collectors | cities in Britain and beyond | the 2000s | walls as galleries; the art market; removal of works for sale | street art loses something essential when it is moved into a saleroom | street art is art like any other and belongs wherever buyers want it | A Banksy picture partly shredded itself just after being sold at auction in 2018. | Some owners have removed whole sections of wall to sell the works painted on them.
The Pre-Raphaelite Brotherhood | art history | the Pre-Raphaelite Brotherhood | painters and critics | London | 1848 | close detail from nature; bright colour; medieval subjects | the Pre-Raphaelites were radical in method even when their subjects looked backward | the Pre-Raphaelites were nostalgic painters with little to say about their own time | The Brotherhood was founded in 1848 by a small group of young painters. | The critic John Ruskin defended them in letters to The Times.
Paint Tubes and Impressionism | art history | the paint tube | painters | France | the 1860s and 1870s | painting outdoors; new synthetic colours; speed of work | a cheap technical change made the Impressionists' way of working possible | Impressionism was a purely artistic revolution driven by genius | The collapsible metal paint tube was patented in 1841. | The first Impressionist exhibition was held in Paris in 1874.
Photography and the Portrait Painter | art history | the photographic portrait | portrait painters and sitters | Europe | the 1840s and 1850s | the cost of a likeness; the pose and the long exposure; painters who used photographs | photography freed painting as much as it threatened it | photography put portrait painters out of work | The daguerreotype process was made public in 1839. | Early sitters had to keep still for long exposures.
Electric Scooters in the City | geography | the electric scooter | riders and pedestrians | English towns and cities | 2020 | rental schemes; safety on pavements; rules about private scooters | e-scooters could be useful in cities only with clear rules and proper space | e-scooters are a dangerous nuisance that should be banned | Rental e-scooter trials began in English towns in 2020. | Privately owned e-scooters cannot legally be ridden on public roads in England.
The Holderness Coast | geography | coastal erosion at Holderness | coastal villagers and councils | the Holderness coast of Yorkshire | the twentieth century | soft boulder clay cliffs; sea defences; the loss of homes | the Holderness coast shows that defending one place often moves the problem along the shore | the whole coast should be defended whatever the cost | Holderness is one of the fastest eroding coastlines in Europe. | Many villages recorded in medieval times have already been lost to the sea.
Informal Settlements in Megacities | geography | the informal settlement | residents and city planners | Mumbai, Lagos and Rio de Janeiro | the late twentieth century | self-built housing; small businesses; the threat of clearance | informal settlements are best improved where they stand rather than cleared | informal settlements are slums that should be replaced with planned housing | Dharavi in Mumbai is one of the largest informal settlements in Asia. | Many informal settlements contain thousands of small workshops.
Tourism and Venice | geography | tourism in Venice | residents and visitors | Venice | the 2010s | cruise ships; short-term rentals; the falling population of the old city | tourism in Venice needs limits if the city is to remain a place where people live | tourism keeps Venice alive and should not be restricted | Large cruise ships were banned from the Giudecca Canal in 2021. | The number of residents in the historic centre has fallen for decades.
The Green Belt | geography | the green belt | councils and house builders | the land around English cities | the 1950s | the spread of suburbs; the cost of housing; access to countryside | the green belt has protected countryside at the price of pushing housing further out | the green belt is a treasure that should never be touched | Government guidance encouraged councils to create green belts in 1955. | Some green belt land is farmland with no public access.
The Thames Barrier | geography | the Thames Barrier | engineers and Londoners | the Thames estuary | the 1980s | storm surges; the rising sea; plans for a replacement | the Thames Barrier shows how long-term planning can protect a city, and how it must be renewed | the Barrier has solved London's flood risk for good | The Thames Barrier became operational in 1982. | A storm surge in 1953 killed hundreds of people on the east coast of England.
The Fairtrade Mark | economics | the Fairtrade mark | coffee growers and shoppers | Britain and coffee-growing countries | the 1990s | minimum prices; the premium for communities; the cost of certification | Fairtrade helps growers most as a guarantee in bad years rather than a route out of poverty | Fairtrade is a marketing label that makes little difference to growers | The Fairtrade mark was launched in Britain in 1994. | Fairtrade sets a minimum price that buyers must pay for certified coffee.
The Minimum Wage in Britain | economics | the national minimum wage | low-paid workers and employers | Britain | 1999 | the fear of lost jobs; wages in care and retail; the rate for young workers | the minimum wage raised low pay without the losses of jobs that critics predicted | the minimum wage cost jobs that would otherwise have existed | The national minimum wage was introduced in April 1999 at £3.60 an hour. | Lower rates apply to younger workers and apprentices.
Towards a Cashless Society | economics | the cashless society | shoppers and banks | Sweden and Britain | the 2010s | card payments; older people who rely on cash; the cost of handling notes | going cashless would be convenient for most but harmful to a vulnerable minority | cash is already obsolete and should be phased out | Sweden is often described as one of the most cashless countries in the world. | Some shops in Britain stopped accepting cash during the pandemic.
Punk and the Fanzine | music | the punk fanzine | fans and musicians | London and Manchester | 1976 and 1977 | photocopied pages; cheap records; the rejection of stardom | punk's most lasting legacy was its do-it-yourself culture rather than its music | punk was a short burst of noise with little lasting influence | Sniffin' Glue was one of the best-known punk fanzines. | Many punk singles were released on small independent labels.
Auto-Tune in Pop Music | music | Auto-Tune | singers and producers | pop recording studios | the late 1990s | pitch correction; the robotic effect as a style; debates about authenticity | Auto-Tune became an instrument in its own right rather than a way of hiding mistakes | Auto-Tune lets people without talent fake a voice | Cher's song Believe in 1998 made the effect famous. | The software was first sold for correcting out-of-tune notes.
Brass Bands and Mining Towns | music | the colliery brass band | miners and their families | mining towns in northern England and Wales | the twentieth century | sponsorship by the pits; contests; the closure of the mines | brass bands gave mining towns a shared voice that outlasted the pits themselves | brass bands were a hobby that faded naturally | Many brass bands were founded and paid for by collieries. | National brass band contests have been held for well over a century.
Semmelweis and Handwashing | biology | handwashing in hospitals | doctors and midwives | Vienna | 1847 | deaths from childbed fever; chlorinated lime; the resistance of colleagues | Semmelweis was right about handwashing but failed to persuade because he could not explain why | Semmelweis was ignored simply because doctors were arrogant | In 1847 Ignaz Semmelweis asked doctors to wash their hands in a chlorinated solution. | Death rates from fever fell sharply on the ward where the rule was followed.
Japanese Knotweed | biology | Japanese knotweed | gardeners and homeowners | Britain | the nineteenth century | rapid growth; the difficulty of removal; the fears of mortgage lenders | the fear of Japanese knotweed has grown faster than the plant itself | Japanese knotweed is a serious threat to buildings | Japanese knotweed was introduced to Britain as an ornamental plant in the nineteenth century. | It can spread from tiny pieces of root.
"""

RESEARCHERS = ["Abbotsford", "Blakemore", "Calloway", "Danforth", "Ellery", "Fairbairn", "Galloway", "Holroyd", "Imrie",
               "Jessop", "Kinloch", "Lisowski", "Macready", "Nyquist", "Osei", "Pritchett", "Rahimi", "Strachan",
               "Tennant", "Umeh", "Villiers", "Wexford", "Yeoman", "Zarghami"]

OPENER = [
    "Few subjects look simpler from a distance than {x}.",
    "It is tempting to treat {x} as settled history, but the arguments are far from over.",
    "When people talk about {x}, they usually talk past each other.",
    "{X} tends to be remembered in a single image, and the image is misleading.",
    "A well-worn story is told about {x}, and most of it is only half true.",
    "Hardly anyone is neutral about {x} once they start looking at it.",
    "{X} is one of those topics that everyone has an opinion on and few have studied.",
    "The usual way of telling the story of {x} begins at the wrong end.",
    "Ask what {x} was really for, and the answers start to multiply.",
    "On the surface, {x} is a small matter; underneath, it touches almost everything.",
    "Textbooks usually give {x} a paragraph, which is nowhere near enough.",
    "It would be easy to write about {x} as a success story, or as a failure, and both would be wrong.",
]
CONTEXT = [
    "Most of the evidence discussed here comes from {setting}.",
    "The people with most at stake, {people}, have often had least say in the debate.",
    "Much depends on which sources one trusts, and the sources disagree.",
    "Public memory has smoothed over a great deal of argument at the time.",
    "The details turn out to matter more than the headlines.",
    "Opinions have shifted more than once, and they may shift again.",
]
AIM = [
    "The question to be answered is therefore a simple one: {question}",
    "This raises the question at the centre of this essay: {question}",
    "It is worth putting the problem as a direct question: {question}",
    "One question runs through everything that follows: {question}",
]
CLAIM = [
    "Throughout, this essay maintains that {thesis}.",
    "My argument is that {thesis}.",
    "The case made below is that {thesis}.",
    "On balance, I will suggest, {thesis}.",
    "After looking at {s1}, {s2} and {s3}, this essay concludes that {thesis}.",
    "The strongest reading of the evidence is that {thesis}.",
    "I want to show that {thesis}.",
    "Put briefly, {thesis}, and the following sections explain why.",
]
AIMS_GENERIC = ["what explains the lasting argument over {x}?", "who benefited from {x}, and at whose cost?",
                "what do the choices of {people} tell us about {x}?", "do the standard accounts of {x} survive a close look?"]
ORIGINS = [
    "A little background is necessary.",
    "The story properly begins in {period}.",
    "In {period}, the situation looked very different from the way it looks now.",
    "At first, {x} attracted little attention outside a small circle.",
    "The change did not happen all at once.",
    "Much of what we know comes from people who had an interest in the outcome.",
    "{Researcher} describes this as a turning point, and the label fits.",
    "Records from {setting} provide most of the detail.",
    "The broad direction of change matters more than the exact dates.",
    "Nor was the earlier period as peaceful as it is sometimes made to seem.",
    "By the end of {period}, older ways of doing things had largely gone.",
]
POINT_OPEN = [
    "The first point to consider is {s}.",
    "Much of the debate centres on {s}.",
    "A harder question is raised by {s}.",
    "Often overlooked, but central, is {s}.",
    "{S} deserves more attention than it normally receives.",
    "Then there is {s}.",
    "The most telling evidence concerns {s}.",
    "No account would be complete without {s}.",
    "Next comes {s}.",
    "It is easy to underrate {s}.",
]
POINT_EXPLAIN = [
    "For {people}, {s} was a practical problem long before it was a subject for debate.",
    "Its effects were uneven, falling hardest on those with least room to adapt.",
    "In {setting}, {s} played out in ways that nobody had planned.",
    "Complicating matters, {s} is bound up with nearly every other factor.",
    "Critics who dismiss {s} as a side issue have rarely looked at the detail.",
    "Because {s} works slowly, it is hard to see in any one year's figures.",
    "There are good reasons to think that {s} matters more today than it did in {period}.",
    "Even supporters of the status quo tend to concede that {s} is a weak spot.",
    "{People} can do little about this aspect on their own.",
    "The link between {s} and {x} is not direct, but it appears again and again.",
    "Seen at close quarters, {s} is less an abstract issue than a series of everyday choices.",
    "Where {s} has been addressed head on, the outcomes have usually improved.",
    "Earlier accounts barely mention {s}, which tells us something about who wrote them.",
    "Wherever researchers have looked, a similar pattern has emerged, with local variations.",
    "Those closest to {s} were often the first to notice what was happening.",
    "It is fair to ask who gains when {s} is left out of the story.",
]
EVIDENCE = [
    "Research by {Researcher} ({year}) suggests that {s} explains more of the variation than any rival factor.",
    "In a survey carried out in {year}, around {pct} per cent of {people} described {s} as a major worry.",
    "{Researcher} ({year}) found that the effect was strongest in smaller communities.",
    "A later study by {Researcher} ({year}) points the same way, if more tentatively.",
    "Data gathered in {year} suggest a shift of about {pct} per cent over a single decade.",
    "One study from {year} examined {num} cases and found the pattern in almost all of them.",
    "{Researcher} concedes that the records are incomplete, but argues that they all point in one direction.",
    "For {Researcher}, this is the most neglected aspect of the subject.",
]
EXAMPLE = [
    "One case illustrates this: in {setting}, {people} were dealing with {s} years before it reached the newspapers.",
    "{Researcher} tells of {people} whose whole approach had to change once {s} became impossible to ignore.",
    "Comparable cases can be found across {setting}.",
    "Examples are plentiful; exceptions are hard to find.",
    "Letters and diaries from the time return to the point again and again.",
    "When interviewed, {people} often raise the issue unprompted.",
    "Even a quick search of the records turns up case after case.",
]
POINT_LINK = [
    "This supports the wider claim that {thesis}.",
    "It does not close the argument, but it shifts the weight of it.",
    "It follows that {s} has to be seen as part of a larger whole.",
    "Understood in this way, {s} goes some way to explaining why {thesis}.",
    "Details like this are exactly where arguments about {x} are won and lost.",
    "The point will return when the objections are considered.",
    "However the argument ends, {s} must be part of the answer.",
]
QUOTE_INTRO = [
    "{Researcher}, writing about {setting}, puts the problem very directly:",
    "One of the {people} who gave an oral testimony to a county archive said:",
    "A speaker at a public lecture on {x} in {year} made the point sharply:",
    "{Researcher} captures the tension around {s} in a single passage:",
    "On {s}, {Researcher}'s words are worth giving at length:",
]
QUOTE_TEXT = [
    "We talk about {x} as if it had a single meaning. It never did, and the arguments were never really settled.",
    "Nobody planned it. It crept up on us, and by the time anyone thought to measure {s}, it was already done.",
    "There is no single cause here. In {setting} there were always several, and they worked against one another.",
    "The official papers will only tell you so much about {x}. The people who lived with it knew more, and knew it sooner.",
    "Every generation thinks it has just discovered {s}. None of them has, and all of them were right to worry.",
    "Seen from a distance, {x} looks like a story of loss. Up close, it looks like people coping as well as they could.",
]
QUOTE_AFTER = [
    "The claim is deliberately provocative, but its main point holds up.",
    "It may overstate the case, but it identifies something the official record leaves out.",
    "It is worth taking seriously, partly because the speaker had nothing to gain from it.",
    "Not everyone would agree, and the evidence behind it is thinner than its confidence suggests.",
]
QUOTE_AFTER_2 = [
    "Anyone familiar with {people} will find the description accurate.",
    "It hints, too, that {s} was recognised earlier than the official sources admit.",
    "Whether the point applies beyond {setting} is another matter.",
    "Its value here lies in what it reveals about {s}.",
    "At the very least, it complicates the tidier versions of the history of {x}.",
]
LIST_INTRO = [
    "The evidence points to several practical lessons about {x}:",
    "What appears to help most with {x} can be summed up briefly:",
    "Where {people} have managed this well, certain features recur:",
    "Any serious attempt at improvement in {setting} would need at least the following:",
]
LIST_ITEM = [
    "dealing with {s} first, since the other problems flow from it",
    "decisions on {s} that involve {people} from the start",
    "acting on {s} early, before repairs become expensive",
    "clear public records of {s}",
    "small-scale trials before any change to {s} is rolled out",
    "an honest account of who wins and who loses from {s}",
]
LIST_MORE = ["a single body clearly responsible for {x}", "funding for {people} that allows for the unexpected",
             "open reporting of what went wrong in {setting}", "time, because changes to {x} take years to show results"]
CONTRAST = [
    "A comparison with places where events took another course is revealing.",
    "In other places, similar pressures on {x} led to very different outcomes.",
    "Where {people} had a stronger voice, change came more slowly but proved more durable.",
    "The parallel is imperfect, since each place approached {s2} from a different starting point.",
    "Even so, the contrast is useful, and it is rarely drawn in writing on {x}.",
    "It suggests that the course of {x} depended on decisions rather than destiny.",
]
COUNTER_OPEN = [
    "There is a strong opposing view, which holds that {rival}.",
    "Many readers will object that {rival}.",
    "The strongest objection is the claim that {rival}.",
    "A critic might respond that {rival}.",
    "It is only fair to admit that some evidence suggests {rival}.",
]
COUNTER_GROW = [
    "The view is widely held, particularly among older {people}.",
    "It is a serious argument, made by people who know the subject well.",
    "{Researcher2} ({year2}) makes this argument forcefully.",
    "At its strongest, the objection reminds us that every change carries costs.",
]
REBUT = [
    "The evidence from {setting}, however, fits it poorly.",
    "The trouble is that it accounts for the past more convincingly than for the present.",
    "Even if it were right, it would leave {s2} unexplained.",
    "On closer inspection, the argument depends on assumptions that are hard to sustain.",
    "It treats {x} as fixed, whereas the record shows constant change.",
    "Judged on its own terms, then, the objection is less powerful than it first appears.",
]
CLOSE_OPEN = [
    "In conclusion, {thesis}.",
    "Overall, the evidence suggests that {thesis}.",
    "This does not mean that the debate is finished.",
    "What, then, can be concluded?",
    "This essay has tried to show that {thesis}.",
    "Looking back over the argument, one thing stands out.",
    "It would be convenient to end with a simple verdict, but {x} resists one.",
]
CLOSE_BODY = [
    "{S1}, {s2} and {s3} each played a part, but none of them explains the outcome alone.",
    "The view that {rival} has something to it, but it cannot carry the whole argument.",
    "Close attention to the evidence is more useful here than any sweeping theory.",
    "{People} are likely to keep debating this for a long time, and rightly so.",
    "Future research might usefully look further afield than {setting}.",
    "The lesson, if there is one, is that {x} was shaped by everyday decisions taken by ordinary people.",
    "The question is no longer whether change will come, but who will shape it.",
    "For the time being, the sensible course is to look carefully and to be wary of simple answers.",
]
H_ORIGINS = ["{Setting} in {period}", "Background", "How it began", "A brief history", "{Period} and after",
             "The road to {s1}"]
H_POINT = ["{S}", "{S} in context", "The question of {s}", "Where {s} falls short", "Looking at {s}",
           "The importance of {s}"]
H_CONTRAST = ["Comparisons", "Other places, other outcomes", "A wider view"]
H_COUNTER = ["Counter-arguments", "The case against", "An alternative view", "What critics argue",
             "A fair objection", "Answering the critics"]
H_CLOSE = ["Conclusion", "Concluding thoughts", "Final thoughts", "Drawing things together", "Where the argument ends"]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def parse_cards() -> list[dict]:
    cards = []
    for n, line in enumerate(ESSAY_CARDS.strip().splitlines(), 1):
        f = [s.strip() for s in line.split("|")]
        title, subject, x, people, setting, period, strands, thesis, rival, fact1, fact2 = f[:11]
        cards.append(dict(id=f"card{n:02d}", title=title, subject=subject, x=x, people=people, setting=setting,
                          period=period, strands=[s.strip() for s in strands.split(";")], thesis=thesis, rival=rival,
                          facts=[fact1, fact2], question=f[11] if len(f) > 11 else None))
    return cards


def make_essay(card: dict, rng: random.Random) -> dict:
    """An essay from a card: an opening with a claim, background, two or three points, maybe a quotation, a list or a
    comparison, a counter-argument and a conclusion, with or without headings. No pattern is used twice in one essay."""
    pools: dict[int, list[str]] = {}

    def pick(pool: list[str]) -> str:
        left = pools.setdefault(id(pool), rng.sample(pool, len(pool)))
        return left.pop() if left else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    names = rng.sample(RESEARCHERS, 2)
    slots = dict(x=card["x"], X=cap(card["x"]), people=card["people"], People=cap(card["people"]),
                 setting=card["setting"], Setting=cap(card["setting"]), period=card["period"],
                 Period=cap(card["period"]), s1=s1, s2=s2, s3=s3, S1=cap(s1), thesis=card["thesis"],
                 rival=card["rival"], Researcher=names[0], Researcher2=names[1])

    def fill(t: str, s: str | None = None) -> str:
        extra = dict(s=s or s1, S=cap(s or s1), year=rng.randint(1982, 2023), year2=rng.randint(1986, 2023),
                     pct=rng.choice([12, 17, 23, 27, 31, 36, 41, 46, 57, 64]), num=rng.choice([48, 67, 91, 130, 204, 315]))
        return t.format(**slots, **extra)

    def para(*parts) -> tuple[str, str]:
        return ("paragraph", " ".join(parts))

    slots["question"] = card["question"] or cap(fill(rng.choice(AIMS_GENERIC)))
    headed = rng.random() < 0.65
    blocks: list[tuple] = []
    opening = [fill(pick(OPENER))]
    if rng.random() < 0.5:
        opening.append(fill(pick(CONTEXT)))
    if rng.random() < 0.45:
        opening.append(fill(pick(AIM)))
    opening.append(fill(pick(CLAIM)))
    blocks.append(para(*opening))
    if headed:
        blocks.append(("heading", fill(pick(H_ORIGINS))))
    back = [fill(pick(ORIGINS)), card["facts"][0]] + [fill(pick(ORIGINS)) for _ in range(rng.randint(2, 3))]
    spare = [card["facts"][1]]
    if rng.random() < 0.5:
        back.append(spare.pop())
    blocks.append(para(*back))
    strands = [s1, s2, s3] if rng.random() < 0.7 else [s1, s2]
    quote_at = rng.randrange(len(strands)) if rng.random() < 0.45 else None
    list_at = rng.randrange(len(strands)) if rng.random() < 0.4 else None
    for i, s in enumerate(strands):
        if headed:
            blocks.append(("heading", fill(pick(H_POINT), s)))
        body = [fill(pick(POINT_OPEN), s), fill(pick(POINT_EXPLAIN), s), fill(pick(EVIDENCE), s)]
        if rng.random() < 0.7:
            body.insert(2, fill(pick(POINT_EXPLAIN), s))
        if rng.random() < 0.55:
            body.insert(rng.randint(2, len(body)), fill(pick(EXAMPLE), s))
        if spare and i == 1:
            body.insert(1, spare.pop())
        if rng.random() < 0.35 and len(body) > 3:
            blocks.append(para(*body[:2]))
            blocks.append(para(*body[2:], fill(pick(POINT_LINK), s)))
        else:
            blocks.append(para(*body, fill(pick(POINT_LINK), s)))
        if quote_at == i:
            blocks.append(para(fill(pick(QUOTE_INTRO), s)))
            blocks.append(("quote", fill(pick(QUOTE_TEXT), s)))
            blocks.append(para(fill(pick(QUOTE_AFTER), s), fill(pick(QUOTE_AFTER_2), s)))
        if list_at == i:
            blocks.append(para(fill(pick(LIST_INTRO))))
            items = [cap(fill(pick(LIST_ITEM), t)) for t in strands]
            items += [cap(fill(t)) for t in rng.sample(LIST_MORE, rng.randint(0, 2))]
            blocks.append(("list", (rng.random() < 0.35, items)))
    if rng.random() < 0.3:
        if headed:
            blocks.append(("heading", fill(pick(H_CONTRAST))))
        blocks.append(para(*[fill(pick(CONTRAST)) for _ in range(rng.randint(3, 4))]))
    if headed:
        blocks.append(("heading", fill(pick(H_COUNTER))))
    rival = [fill(pick(COUNTER_OPEN)), fill(pick(COUNTER_GROW)), fill(pick(REBUT), s2), fill(pick(REBUT), s2)]
    if rng.random() < 0.5:
        rival.insert(2, fill(pick(COUNTER_GROW)))
    blocks.append(para(*rival))
    if headed:
        blocks.append(("heading", fill(pick(H_CLOSE))))
    end = [fill(pick(CLOSE_OPEN))] + [fill(pick(CLOSE_BODY)) for _ in range(rng.randint(3, 4))]
    if rng.random() < 0.4:
        blocks.append(para(*end[:2]))
        blocks.append(para(*end[2:], fill(pick(CLOSE_BODY))))
    else:
        blocks.append(para(*end))
    words = sum(len(block_text(b).split()) for b in blocks)
    return dict(id=card["id"], title=card["title"], blocks=blocks, words=words, tags=[card["subject"]],
                domain=card["id"], url="-", earlier="", card=card)


# ------------------------------------------------------------------------------------------ invented bits

EXTRA_TITLES = [
    "Why Seaside Piers Were Built", "Allotment Waiting Lists", "The Rise of the Garden Centre",
    "School Trips and Risk", "Why Towns Twin With Each Other", "The Lost Art of the Telegram",
]
LEVELS = ["Year 12", "Year 13", "A level", "AS level", "First year undergraduate", "IB Diploma", "Access to HE",
          "Scottish Higher"]
GRADES = ["A*", "A", "B", "9", "8", "First", "2:1", "Distinction", "7 (IB)"]
ESSAYS_BY_TITLE: dict[str, dict] = {}  # filled by main(): every chosen essay, for the related widgets


def opening_text(title: str) -> str:
    return block_text(ESSAYS_BY_TITLE[title]["blocks"][0])


def thesis_sentence(title: str) -> str:
    """The last sentence of another essay's opening paragraph: its thesis statement."""
    parts = re.findall(r"[^.?!]+[.?!]", opening_text(title))
    return parts[-1].strip()


def char_cut(text: str, n: int) -> str:
    """The first n characters (as a CMS summary cuts them: mid-word if need be), without trailing spaces."""
    return text[:n].rstrip(" ,;:")


def word_cut(text: str, n: int) -> str:
    return " ".join(text.split()[:n]).rstrip(",;:.")


class Page(g2.Page):
    """The second set's page bookkeeping, with this set's own invented related titles and per-page details."""

    def __init__(self, essay, rng, index, site_titles, blocks=None):
        super().__init__(essay, rng, index, site_titles, blocks)
        self.topic = essay["tags"][0]
        self.category = self.topic[:1].upper() + self.topic[1:]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})
        self.related = rng.sample(self.others, 3) + rng.sample(EXTRA_TITLES, rng.randint(1, 2))
        rng.shuffle(self.related)
        self.level = rng.choice(LEVELS)
        self.grade = rng.choice(GRADES)
        self.post_id = rng.randint(10 ** 6, 10 ** 7 - 1)


SEED = 163  # set by main(); the site-level choices below (which pages show a rare element) are drawn from it


def shown_on(site: str, role: str, count: int, page: Page | int) -> bool:
    """Exactly `count` of a site's 18 pages show the element `role` (drawn once per site, from the seed)."""
    index = page if isinstance(page, int) else page.index
    pages = random.Random(f"{SEED}:{site}:{role}").sample(range(1, PAGES_PER_SITE + 1), count)
    return index in pages


def rank_on(site: str, role: str, count: int, page: Page) -> int | None:
    """Like shown_on, but which of the `count` pages (in page order) this one is, or None."""
    pages = sorted(random.Random(f"{SEED}:{site}:{role}").sample(range(1, PAGES_PER_SITE + 1), count))
    return pages.index(page.index) if page.index in pages else None


def half_and_half(site: str, role: str, page: Page, first: int = 9) -> bool:
    """True on exactly `first` of the 18 pages (drawn once per site): where a moving element sits."""
    places = [True] * first + [False] * (PAGES_PER_SITE - first)
    random.Random(f"{SEED}:{site}:{role}").shuffle(places)
    return places[page.index - 1]


def note_for(notes: list[str], p: Page, rng: random.Random | None = None, **more) -> str:
    return (rng or p.rng).choice(notes).format(**{"topic": p.topic, "writer": p.author.split()[0], "title": p.title,
                                                  **more})


def hexid(*parts, n: int = 24) -> str:
    return hashlib.sha1(":".join(map(str, parts)).encode()).hexdigest()[:n]


def guid(*parts) -> str:
    h = hexid(*parts, n=32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def put(body: list[str], pos: int, piece: str, is_heading) -> None:
    """Insert a template piece into the essay at `pos`, but never straight after one of the essay's headings (it
    goes before the heading instead)."""
    while pos > 0 and is_heading(body[pos - 1]):
        pos -= 1
    body.insert(max(pos, 1), piece)


HEADING_PIECE = re.compile(r"^<h[1-6][^>]*>[^<]*</h[1-6]>$")


def plain_heading(piece: str) -> bool:
    return bool(HEADING_PIECE.match(piece))


def short_date(d: date) -> str:
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def long_date(d: date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def uk_date(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


# ---- 1. cressbrook: HubSpot CMS blog post of a tutoring company ----------------------------------------------------

CB_ROOT = "https://www.cressbrooktutors.co.uk"
CB_PORTAL = 2419837
CB_BLOG = 48801227
CB_TUTORS = [
    ("Harriet Osgood", "Harriet taught A level history for eleven years and now runs our essay clinics. She marks "
     "every example before it goes on this blog."),
    ("Dev Raman", "Dev is a former head of English who writes our mark schemes and trains new tutors in giving "
     "feedback that students actually use."),
    ("Morag Feeney", "Morag has a doctorate in environmental science and tutors geography and biology at every level "
     "from GCSE to second year."),
    ("Joel Abernethy", "Joel studied politics and economics at Durham and looks after our social science students."),
]
CB_SALES = [
    ("Writing a {topic} essay of your own?", "A Cressbrook tutor can read your plan tonight and tell you which "
     "paragraph to strengthen first.", "Book an essay clinic"),
    ("Stuck between a 6 and a 7?", "Most students who book three sessions with us move up at least one grade by the "
     "next set of mocks.", "See how the sessions work"),
    ("Want feedback like the comments on this essay?", "Upload your draft and a subject tutor will mark it against "
     "the real mark scheme within 48 hours.", "Get my draft marked"),
    ("Revising {topic} for the summer?", "Our small-group Easter courses cover essay technique, timing and the "
     "questions examiners keep asking.", "Reserve a place"),
    ("Not sure how to start?", "A free 15-minute call with our director of studies is the quickest way to find the "
     "right tutor.", "Book a free call"),
    ("Is your conclusion doing its job?", "Try our essay checklist: twelve questions that examiners ask of every "
     "answer, free when you join our mailing list.", "Send me the checklist"),
]
CB_VIDEO = ["Watch a tutor mark this essay in real time", "Video: why this essay reached the top band"]
CB_BANNERS = [
    "Our office is closed on Monday for the bank holiday. Live chat reopens at 9am on Tuesday.",
    "New for this term: evening essay clinics on Wednesdays, online or in our Buxton office.",
    "We are moving to a new booking system this weekend, so the online calendar may be slow until Monday.",
]
CB_POLICY = ("Cressbrook publishes marked essays so that students can see what a strong answer looks like. Copying "
             "from them is plagiarism, and every essay on this blog is already in the databases that schools' "
             "checkers search.")
CB_PROMOS = {1: "January mock clinic: three marked practice essays for £45", 2: "Half-term revision days now booking",
             3: "Easter courses: book two, get the third at half price", 4: "Easter courses: book two, get the third at half price",
             5: "Exam season support: daily drop-in sessions until the end of June",
             6: "Exam season support: daily drop-in sessions until the end of June",
             7: "Summer head start: 20% off tutoring booked before August",
             8: "Summer head start: 20% off tutoring booked before August", 9: "New school year: free first session with any tutor",
             10: "New school year: free first session with any tutor", 11: "Mock season is coming: book essay clinics now",
             12: "Gift a block of tutoring sessions this winter"}
CB_ESSAY_TYPES = ["Discursive essay", "Argumentative essay", "Analytical essay", "Timed essay", "Extended response"]


def cb_rich(blocks) -> list[str]:
    return g2.pieces_for(blocks, para="<p>{}</p>", heading="<h2>{}</h2>", quote="<blockquote><p>{}</p></blockquote>")


def cressbrook(p: Page) -> str:
    rng = p.rng
    site = "cressbrook"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    s = slug(p.title)
    url = f"{CB_ROOT}/blog/essay-examples/{s}"
    content_id = 90000000000 + p.post_id
    tutor, bio = CB_TUTORS[rng.randrange(len(CB_TUTORS))]
    student = p.author.split()[0]
    body = cb_rich(p.visible())
    if len(body) > 1:
        body[0] = body[0] + "\n<!--more-->"  # HubSpot's summary separator, after the opening paragraph
    n_essay = len(body)
    if shown_on(site, "cta", 13, p):  # a sales line and a HubSpot CTA, as <p>s of the same rich text
        head, text, btn = rng.choice(CB_SALES)
        head = head.format(topic=p.topic)
        cid = guid(site, "cta", p.index)
        piece = (f"<p><strong>{esc(head)}</strong> {esc(text)}</p>\n"
                 f'<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-{cid}">'
                 f'<span class="hs-cta-node hs-cta-{cid}" id="hs-cta-{cid}"><a href="https://cta-redirect.hubspot.com/cta/redirect/{CB_PORTAL}/{cid}">'
                 f'<span class="cta_button">{esc(btn)}</span></a></span>'
                 f'<script charset="utf-8" src="https://js.hscta.net/cta/current.js"></script>'
                 f'<script type="text/javascript"> hbspt.cta.load({CB_PORTAL}, \'{cid}\', {{"useNewLoader":"true","region":"eu1"}}); </script>'
                 f"</span><!-- end HubSpot Call-to-Action Code --></p>")
        put(body, spot(n_essay, rng, 2, 6), piece, plain_heading)
        p.clutter += [head, text, btn]
    turn = rank_on(site, "video", 4, p)
    if turn is not None:  # an embedded video with a caption, two captions in turn
        caption = CB_VIDEO[turn % 2]
        secs = rng.randint(180, 540)
        dur = f"{secs // 60}:{secs % 60:02d}"
        put(body, rng.randint(1, len(body) - 1),
            f'<div class="hs-responsive-embed-wrapper hs-responsive-embed hs-video-widget" style="max-width: 640px;">'
            f'<div class="hs-responsive-embed-inner-wrapper"><div class="hs-video-container">'
            f'<iframe class="hs-responsive-embed-iframe" src="https://play.hubspotvideo.com/v/{CB_PORTAL}/id/{hexid(site, p.index, n=11)}" '
            f'allowfullscreen></iframe></div></div></div>\n<p style="font-size: 13px; color: #7a7a7a;">&#9654; {esc(caption)} ({dur})</p>',
            plain_heading)
        p.clutter += [f"{caption} ({dur})"]
    tail = []
    if p.cut is not None:
        more = p.rest_words()
        shown = p.words - more
        lead = f"You have read {fmt_int(shown)} of {fmt_int(p.words)} words."
        wall = (f"Pop your email in and we'll send the other {fmt_int(more)}, with the marker's comments in the "
                "margin, straight to your inbox.")
        form = hexid(site, "form", n=8)
        tail.append(f'<div id="hs_cos_wrapper_gated_form" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form" '
                    f'data-hs-cos-general-type="widget" data-hs-cos-type="form"><h3 id="hs_cos_wrapper_gated_form_title" '
                    f'class="hs_cos_wrapper form-title">Want the rest of this essay?</h3>\n<p>{esc(lead)} {esc(wall)}</p>\n'
                    f'<form novalidate accept-charset="UTF-8" action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/{CB_PORTAL}/{guid(site, "form")}" '
                    f'method="POST" id="hsForm_{form}" class="hs-form stacked hs-custom-form">'
                    f'<div class="hs_firstname hs-firstname hs-fieldtype-text field hs-form-field"><label for="firstname-{form}"><span>First name</span><span class="hs-form-required">*</span></label>'
                    f'<div class="input"><input id="firstname-{form}" name="firstname" required type="text" class="hs-input" value=""></div></div>'
                    f'<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-{form}"><span>Email</span><span class="hs-form-required">*</span></label>'
                    f'<div class="input"><input id="email-{form}" name="email" required type="email" class="hs-input" value=""></div></div>'
                    f'<div class="hs_year_group hs-year_group hs-fieldtype-select field hs-form-field"><label for="year_group-{form}"><span>What are you studying?</span></label>'
                    f'<div class="input"><select id="year_group-{form}" class="hs-input" name="year_group"><option value="" disabled selected>Please select</option>'
                    f'<option value="gcse">GCSE</option><option value="alevel">A level</option><option value="uni">University</option></select></div></div>'
                    f'<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Email me the full essay"></div></div>'
                    f"</form></div>")
        p.clutter += ["Want the rest of this essay?", lead, wall, "What are you studying?", "Please select",
                      "First name"]
    if p.cut is None and p.refs:
        tail.append("<h2>Works Cited</h2>")
        tail += [f'<p style="padding-left: 36px; text-indent: -36px;">{mk}</p>' for _, mk in p.refs]
    policy = f'<p><span style="font-size: 14px; color: #6b6b6b;">{esc(CB_POLICY)}</span></p>'
    p.clutter.append(CB_POLICY)
    rich = ([policy] if half_and_half(site, "policy", p) else []) + body + tail
    if not half_and_half(site, "policy", p):
        rich.append(policy)
    # the snapshot module: label / value rows
    etype = rng.choice(CB_ESSAY_TYPES)
    hours = rng.choice(["45 minutes, timed", "an hour, timed", "two weeks, homework", "a weekend, homework",
                        "90 minutes, timed"])
    extent = f"{fmt_int(p.words)} words, about {plural(p.pages, 'page')} at 12pt with double line spacing"
    rows = [("Essay type", etype), ("Qualification", p.level), ("Grade awarded", p.grade), ("Extent", extent),
            ("Time allowed", hours), ("Student", f"{student}, shared with permission")]
    snapshot = ('<div id="hs_cos_wrapper_module_16990271834412" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" '
                'data-hs-cos-general-type="widget" data-hs-cos-type="module"><div class="snapshot"><p class="snapshot__heading">This essay at a glance</p>'
                + "".join(f'<div class="snapshot__row"><span class="snapshot__label">{k}</span><span class="snapshot__value">{esc(v)}</span></div>'
                          for k, v in rows) + "</div></div>")
    p.clutter += ["This essay at a glance", "Essay type", etype, "Qualification", "Grade awarded", extent, "Time allowed",
                  hours, f"{student}, shared with permission"]
    # meta line, reader counter
    hh, mm = rng.randint(7, 20), rng.choice([0, 15, 30, 45])
    when = f"{short_date(p.date)} {hh % 12 or 12}:{mm:02d}:00 {'AM' if hh < 12 else 'PM'}"
    readers = rng.choice([rng.randint(3, 40), rng.randint(41, 260)])
    reading = f"{readers} students have opened this essay in the last 24 hours"
    p.clutter += [tutor, when, reading]
    # related posts: summaries cut at a character count, mid-word
    rel = ""
    for t in rng.sample(p.others, 3):
        summary = char_cut(opening_text(t), rng.randint(150, 230))
        d = p.date - timedelta(days=rng.randint(5, 400))
        rel += (f'<div class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="{CB_ROOT}/blog/essay-examples/{slug(t)}">'
                f'<img class="blog-related-posts__image" src="{CB_ROOT}/hubfs/essay-examples/{slug(t)[:30]}.jpg" alt="" loading="lazy"></a>'
                f'<div class="blog-related-posts__content"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="{CB_ROOT}/blog/essay-examples/{slug(t)}">{esc(t)}</a></h3>'
                f'<p class="blog-related-posts__summary">{esc(summary)}...</p><p class="blog-related-posts__date">{short_date(d)}</p>'
                f'<a class="blog-related-posts__more" href="{CB_ROOT}/blog/essay-examples/{slug(t)}">Read the essay</a></div></div>')
        p.clutter += [t, summary]
    credit = (f"Cressbrook Tutors ({p.date.year}) '{p.title}', Cressbrook Essay Examples. Available at: {url} "
              f"(Accessed: {uk_date(date(2024, 5, 1) + timedelta(days=p.index * 3))}).")
    tags = [p.category, p.level, "Model essays"]
    taglinks = ", ".join(f'<a class="blog-post__tag-link" href="{CB_ROOT}/blog/essay-examples/tag/{slug(t)}" rel="tag">{esc(t)}</a>' for t in tags)
    promo = CB_PROMOS[p.date.month]
    p.clutter += ["Quoting this essay in your own notes? Credit it like this:", credit, "Keep reading", "Read the essay",
                  "Send this to a classmate", "Copy link", "Topics:", "Model essays", f"About {tutor}", bio, promo,
                  "Book a call", "Essay examples", "Essay clinics", "Subscribe to Essay Examples",
                  "A new marked essay in your inbox every Sunday, with the marker's notes.", "Email address",
                  "Cressbrook Tutors Ltd", "14 Kingsway, Buxton SK17 6AE", "Registered in England and Wales, company no. 09874412",
                  "Safeguarding policy", "Privacy notice", "Terms of business", "About us"]
    banner = ""
    turn = rank_on(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div class="site-alert" role="status"><div class="site-alert__inner"><p>{esc(CB_BANNERS[turn])}</p></div></div>'
        p.clutter.append(CB_BANNERS[turn])
    cookie = ""
    if shown_on(site, "cookie", 6, p):
        cookie = ('<div id="hs-eu-cookie-confirmation" class="can-use-gradients hs-cookie-notification-position-bottom" data-hs-banner-id="11">'
                  '<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area">'
                  '<p id="hs-eu-policy-wording">Cressbrook stores a few cookies so the booking form remembers you and so we '
                  'can see which essays students find useful.</p><div id="hs-eu-cookie-confirmation-button-group">'
                  '<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a>'
                  '<a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div></div>')
        p.clutter += ["Cressbrook stores a few cookies so the booking form remembers you", "Decline"]
    menu = "".join(f'<li class="hs-menu-item hs-menu-depth-1{" active active-branch" if t == "Essay examples" else ""}" role="none">'
                   f'<a href="{h}" role="menuitem">{t}</a></li>'
                   for t, h in [("Tutoring", "/tutoring"), ("Essay clinics", "/essay-clinics"), ("Essay examples", "/blog/essay-examples"),
                                ("Pricing", "/pricing"), ("About us", "/about")])
    hs_vars = json.dumps({"render_id": hexid(site, "render", p.index, n=36), "ticks": 1714500000000 + p.index * 997,
                          "page_id": content_id, "content_group_id": CB_BLOG, "portal_id": CB_PORTAL,
                          "app_hs_base_url": "https://app-eu1.hubspot.com", "cp_hs_base_url": "https://cp-eu1.hubspot.com",
                          "language": "en-gb", "analytics_page_type": "blog-post", "scp_content_type": "",
                          "category_id": 3, "folder_id": 0, "is_hubspot_user": False}, separators=(",", ":"))
    author_slug = slug(tutor)
    return f"""<!doctype html><html lang="en-gb"><head>
    <meta charset="utf-8">
    <title>{esc(p.title)} | Essay examples | Cressbrook Tutors</title>
    <link rel="shortcut icon" href="{CB_ROOT}/hubfs/cressbrook-favicon.png">
    <meta name="description" content="A marked {esc(p.level)} {esc(p.topic)} essay with the grade it received.">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
    <script>hsjQuery = window['jQuery'];</script>
    <meta property="og:description" content="A marked {esc(p.level)} {esc(p.topic)} essay with the grade it received.">
    <meta property="og:title" content="{html.escape(p.title)}">
    <meta name="twitter:title" content="{html.escape(p.title)}">
    <link rel="stylesheet" href="{CB_ROOT}/hubfs/hub_generated/template_assets/1/48800412311/1712223340219/template_main.min.css">
    <link rel="stylesheet" href="{CB_ROOT}/hubfs/hub_generated/module_assets/1/48800412508/1712223341023/module_blog-related-posts.min.css">
    <link rel="stylesheet" href="/hs/hsstatic/AsyncSupport/static-1.501/sass/rss_post_listing.css">
    <script type="application/ld+json">
{json.dumps({"@context": "https://schema.org", "@type": "BlogPosting", "headline": p.title, "author": {"@type": "Person", "name": tutor},
             "datePublished": f"{p.date.isoformat()}T{hh:02d}:{mm:02d}:00Z", "mainEntityOfPage": url}, separators=(",", ":"))}</script>
    <script>
var hsVars = {hs_vars};
</script>
    <link rel="amphtml" href="{url}?hs_amp=true">
    <meta property="og:url" content="{url}">
    <meta name="twitter:card" content="summary">
    <link rel="canonical" href="{url}">
    <meta property="og:type" content="article">
    <link rel="alternate" type="application/rss+xml" href="{CB_ROOT}/blog/essay-examples/rss.xml">
    <meta name="twitter:domain" content="www.cressbrooktutors.co.uk">
    <meta name="generator" content="HubSpot"></head>
  <body>
    <div class="body-wrapper   hs-content-id-{content_id} hs-blog-post hs-blog-id-{CB_BLOG}">
{banner}
      <div data-global-resource-path="cressbrook-theme/templates/partials/header.html"><header class="header">
  <div class="header__top"><p class="header__promo">{esc(promo)}</p></div>
  <a href="#main-content" class="header__skip">Skip to content</a>
  <div class="header__container content-wrapper">
    <div class="header__logo header__logo--main"><div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module">
      <span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="/" id="hs-link-site_logo_hs_logo_widget" style="border-width:0px;border:0px;"><img src="{CB_ROOT}/hubfs/cressbrook-logo.svg" class="hs-image-widget " height="48" style="height: auto;width:180px;border-width:0px;border:0px;" width="180" alt="Cressbrook Tutors" title="Cressbrook Tutors"></a></span>
    </div></div>
    <div class="header__column"><div class="header__row-2"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">{menu}</ul></nav>
      <div class="header__button"><a class="button" href="/book">Book a call</a></div></div></div>
  </div>
</header></div>

      <main id="main-content" class="body-container-wrapper">
<div class="body-container body-container--blog-post">
  <div class="content-wrapper">
    <article class="blog-post">
      <h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="text">{esc(p.title)}</span></h1>
      <div class="blog-post__meta">
        <a href="{CB_ROOT}/blog/essay-examples/author/{author_slug}" rel="author">{esc(tutor)}</a>
        <time datetime="{p.date.isoformat()} {hh:02d}:{mm:02d}:00" class="blog-post__timestamp">{when}</time>
        <p class="blog-post__readers">&#128065; {esc(reading)}</p>
      </div>
      {snapshot}
      <div class="blog-post__body">
        <span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">{chr(10).join(rich)}</span>
      </div>
      <div class="blog-post__cite"><p><strong>Quoting this essay in your own notes? Credit it like this:</strong></p><p>{esc(credit)}</p></div>
      <div class="blog-post__tags"><span>Topics:</span> {taglinks}</div>
      <div class="blog-post__social-sharing"><span class="social-sharing__label">Send this to a classmate</span>
        <a class="social-sharing__link" href="https://wa.me/?text={quote(url)}" target="_blank" rel="noopener">WhatsApp</a>
        <a class="social-sharing__link" href="mailto:?subject={quote(p.title)}&amp;body={quote(url)}">Email</a>
        <button class="social-sharing__link social-sharing__copy" type="button" data-url="{url}">Copy link</button></div>
      <div class="blog-post__author"><img class="blog-post__author-image" src="{CB_ROOT}/hubfs/tutors/{author_slug}.jpg" alt="{esc(tutor)}" width="80">
        <div class="blog-post__author-text"><p class="blog-post__author-name">About {esc(tutor)}</p><p class="blog-post__author-bio">{esc(bio)}</p></div></div>
    </article>
    <div id="hs_cos_wrapper_blog_related_posts" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget" data-hs-cos-type="module">
      <section class="blog-related-posts"><h2 class="blog-related-posts__heading">Keep reading</h2><div class="blog-related-posts__list">{rel}</div></section>
    </div>
    <div class="blog-subscribe"><div id="hs_cos_wrapper_blog_subscribe" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_subscribe" data-hs-cos-general-type="widget" data-hs-cos-type="blog_subscribe">
      <h3 id="hs_cos_wrapper_blog_subscribe_title" class="hs_cos_wrapper form-title">Subscribe to Essay Examples</h3>
      <p>A new marked essay in your inbox every Sunday, with the marker's notes.</p>
      <form class="hs-form stacked" method="POST" action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/{CB_PORTAL}/{guid(site, 'subscribe')}"><label for="sub-email"><span>Email address</span></label><input id="sub-email" class="hs-input" type="email" name="email"><input type="submit" class="hs-button primary large" value="Subscribe"></form>
    </div></div>
  </div>
</div>
      </main>
      <div data-global-resource-path="cressbrook-theme/templates/partials/footer.html"><footer class="footer">
  <div class="footer__container content-wrapper">
    <p class="footer__address"><strong>Cressbrook Tutors Ltd</strong><br>14 Kingsway, Buxton SK17 6AE<br>Registered in England and Wales, company no. 09874412</p>
    <ul class="footer__links"><li><a href="/safeguarding">Safeguarding policy</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/terms">Terms of business</a></li></ul>
    <p class="footer__copyright">&copy; {p.date.year} Cressbrook Tutors</p>
  </div>
</footer></div>
    </div>
{cookie}
    <script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
    <script src="{CB_ROOT}/hubfs/hub_generated/template_assets/1/48800412522/1712223340722/template_main.min.js"></script>
    <!-- Start of HubSpot Analytics Code -->
    <script type="text/javascript">
var _hsq = _hsq || [];
_hsq.push(["setContentType", "blog-post"]);
_hsq.push(["setCanonicalUrl", "{url}"]);
_hsq.push(["setPageId", "{content_id}"]);
_hsq.push(["setContentMetadata", {{"contentPageId":{content_id},"legacyPageId":"{content_id}","contentFolderId":null,"contentGroupId":{CB_BLOG},"abTestId":null,"languageVariantId":{content_id},"languageCode":"en-gb"}}]);
</script>
    <script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/{CB_PORTAL}.js"></script>
    <!-- End of HubSpot Analytics Code -->
  </body>
</html>
"""


# ---- 2. thornlaw: XenForo 2.2 forum thread on a study forum ------------------------------------------------------

TL_ROOT = "https://www.thornlawforum.net"
TL_FORUM = ("Marked essays: share and compare", "marked-essays.14")
TL_USERS = ["quietquill", "Ferns_and_footnotes", "amberlamp", "tobyreads", "k_ashworth", "notabotanist", "rowan.h",
            "pensive_panda", "Lottie_M", "mocksurvivor", "ellipsis_ella", "Jas0n_B"]
TL_HELPERS = [("MrsBellamy", "Tutor", "Retired English teacher. Happy to look at plans, not whole essays."),
              ("history_dan", "Moderator", "Read the forum rules before posting essays. Thanks!"),
              ("scribble_sam", "Well-known member", "Year 13 | English Lit, History, Politics | surviving on tea"),
              ("DrTaverner", "Tutor", "Tutor since 2009. I don't do essays for you, I help you do them."),
              ("wildgarlic", "Active member", "Offer holder: Geography at Leeds (fingers crossed)"),
              ("penguin_in_a_scarf", "Member", "If you can explain it to a penguin you can explain it to an examiner.")]
TL_SIGS = {"quietquill": "Year 13 | predicted AAB | please be nice", "Ferns_and_footnotes": "Offer holder, fingers crossed",
           "amberlamp": "Sixth form survivor", "tobyreads": "Currently reading far too much for fun",
           "k_ashworth": "First year, still working out referencing", "notabotanist": "Biology and Chemistry, ask me anything",
           "rowan.h": "Gap year, then hopefully uni", "pensive_panda": "Year 12 | sleepy but trying",
           "Lottie_M": "Uni of somewhere, doing something with history", "mocksurvivor": "Mocks done, actual exams next",
           "ellipsis_ella": "Always one more draft", "Jas0n_B": "Politics nerd, politely"}
TL_INTROS = [
    "Hi everyone, this is my {level} {topic} essay from last term. It came back with a {grade}. It's {words} words, roughly {pages} pages double spaced.",
    "Sharing this because this forum helped me loads last year. Mark: {grade} ({level}). Length: {words} words, which was {pages} pages in Word.",
    "Posting my marked essay for anyone doing {topic}. {words} words / {pages} pages, and I got {grade} for it ({level}).",
]
TL_OUTROS = [
    "Any feedback is welcome, especially on the conclusion!",
    "Let me know if anything doesn't make sense, I can explain what my teacher said.",
    "Hope this helps someone. Good luck with yours!",
    "Happy to answer questions about how I planned it.",
]
TL_SPOILER_LABELS = ["Teacher's comment", "What my teacher wrote here", "Marker's note", "Feedback on this bit"]
TL_SPOILERS = [
    "Strong paragraph. Your point is clear from the first sentence and the evidence actually supports it.",
    "Good, but link this back to the question in your last sentence.",
    "This is the kind of analysis that moves a {topic} essay into the top band.",
    "Nice use of a named source. Make sure the date is there every time.",
    "{writer}, you could cut the second sentence here and lose nothing.",
    "Excellent, this is where the argument really starts.",
    "Careful: this reads as description until the final sentence. Lead with the argument.",
]
TL_MEDIA = ["(I got a lot of the next section from this video)", "(this lecture helped me with the bit below)"]
TL_NOTICES = [
    "Results day is coming: our results-day support threads open at 6am on the day. Be kind to each other.",
    "Reminder: posting someone else's essay without permission will get your account suspended.",
    "The forum will be read-only for about an hour on Sunday evening while we upgrade the software.",
]
TL_COPY = ("Use it for ideas, not for sentences please. It has already been through a plagiarism checker once, and "
           "it will flag if it goes through again.")
TL_REPLIES = [
    "This is really useful, thank you. The way you bring in the counter-argument is exactly what I struggle with.",
    "Honestly this is better than the exemplar our teacher gave us.",
    "How did you plan the middle section? It reads really smoothly.",
    "Good essay. One thing I'd change: the opening could get to your argument a sentence sooner.",
    "Bookmarking this for my mocks.",
    "Nice one. For anyone reading, notice how every paragraph ends by linking back to the question.",
    "Did you have a word limit for this or was it timed?",
    "The evidence in the second half is strong, but I'd like one more concrete example early on.",
    "Thanks for sharing. Our class got almost the same question this year.",
    "Really clear writing. You could be bolder in the conclusion, you've earned it.",
]
TL_QUOTE_REPLIES = [
    "This sentence is the best bit of the whole essay for me.",
    "I'd push this further: what would someone who disagrees say here?",
    "This is a great example of a topic sentence doing its job.",
    "Small thing, but I'd cut the first half of this and start with the claim.",
    "Examiners love this kind of sentence because it commits to a position.",
]
TL_THANKS = ["Thanks! Glad it helped.", "Thank you, that's really kind.", "Ha, thanks. It took me about five drafts.",
             "Good point, I'll remember that for the next one."]
TL_PREFIX = {"A level": "A level", "AS level": "A level", "Year 12": "Sixth form", "Year 13": "Sixth form",
             "First year undergraduate": "University", "IB Diploma": "IB", "Access to HE": "Access",
             "Scottish Higher": "Highers"}


def tl_op(title: str) -> dict:
    """The opening poster and their typed lines for a thread, drawn from the title (so that other pages' widgets can
    show the same intro)."""
    r = random.Random(f"{SEED}:thornlaw:op:{title}")
    e = ESSAYS_BY_TITLE[title]
    words = e["words"]
    pages = max(1, -(-words // 275))
    level, grade = r.choice(LEVELS), r.choice(GRADES)
    intro = r.choice(TL_INTROS).format(level=level, topic=e["tags"][0], grade=grade, words=fmt_int(words), pages=pages)
    return dict(user=r.choice(TL_USERS), intro=intro, outro=r.choice(TL_OUTROS), level=level, grade=grade,
                thread=r.randint(40000, 99999), joined=date(2019, 1, 1) + timedelta(days=r.randint(0, 1500)),
                messages=r.randint(12, 900), score=r.randint(3, 400))


def tl_avatar(user: str, uid: int, size: str = "m") -> str:
    h = hexid(user, n=6)
    return (f'<a href="/members/{user.lower()}.{uid}/" class="avatar avatar--{size} avatar--default avatar--default--dynamic" '
            f'data-user-id="{uid}" data-xf-init="member-tooltip" style="background-color: #{h}; color: #f0f0f0">'
            f'<span class="avatar-u{uid}-{size}" role="img" aria-label="{user}">{html.escape(user[0].upper())}</span></a>')


def tl_time(d: date, hh: int, mm: int) -> str:
    ampm = f"{hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}"
    return (f'<time class="u-dt" dir="auto" datetime="{d.isoformat()}T{hh:02d}:{mm:02d}:00+0100" data-time="{1600000000 + d.toordinal() % 100000 * 86400}" '
            f'data-date-string="{short_date(d)}" data-time-string="{ampm}" title="{short_date(d)} at {ampm}">{short_date(d)}</time>')


def tl_post(n: int, post_id: int, user: str, uid: int, title: str, extras: tuple, when: tuple, body: str,
            sig: str | None, reactions: str, last_edit: str = "", attach: str = "") -> str:
    joined, messages, score = extras
    return f"""<article class="message message--post js-post js-inlineModContainer  " data-author="{user}" data-content="post-{post_id}" id="js-post-{post_id}" itemscope itemtype="https://schema.org/Comment" itemid="{TL_ROOT}/posts/{post_id}/">
  <span class="u-anchorTarget" id="post-{post_id}"></span>
  <div class="message-inner">
    <div class="message-cell message-cell--user">
      <section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person">
        <div class="message-avatar "><div class="message-avatar-wrapper">{tl_avatar(user, uid)}</div></div>
        <div class="message-userDetails">
          <h4 class="message-name"><a href="/members/{user.lower()}.{uid}/" class="username " dir="auto" data-user-id="{uid}" data-xf-init="member-tooltip"><span itemprop="name">{html.escape(user)}</span></a></h4>
          <h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">{html.escape(title)}</h5>
        </div>
        <div class="message-userExtras">
          <dl class="pairs pairs--justified"><dt>Joined</dt><dd>{short_date(joined)}</dd></dl>
          <dl class="pairs pairs--justified"><dt>Messages</dt><dd>{messages}</dd></dl>
          <dl class="pairs pairs--justified"><dt>Reaction score</dt><dd>{score}</dd></dl>
        </div>
        <span class="message-userArrow"></span>
      </section>
    </div>
    <div class="message-cell message-cell--main">
      <div class="message-main js-quickEditTarget">
        <header class="message-attribution message-attribution--split">
          <ul class="message-attribution-main listInline "><li class="u-concealed"><a href="/threads/post-{post_id}/" rel="nofollow">{tl_time(*when)}</a></li></ul>
          <ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="/threads/post-{post_id}/" class="message-attribution-gadget" data-xf-init="share-tooltip" data-href="/posts/{post_id}/share" aria-label="Share" rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li><a href="/threads/post-{post_id}/" rel="nofollow">#{n}</a></li></ul>
        </header>
        <div class="message-content js-messageContent">
          <div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-{post_id}" data-lb-caption-desc="{html.escape(user)} &middot; {short_date(when[0])}">
            <article class="message-body js-selectToQuote">
              <div itemprop="text"><div class="bbWrapper">{body}</div></div>
              <div class="js-selectToQuoteEnd">&nbsp;</div>
            </article>
            {attach}
          </div>
          {last_edit}
          {f'<aside class="message-signature"><div class="bbWrapper">{html.escape(sig)}</div></aside>' if sig else ''}
        </div>
        <footer class="message-footer">
          <div class="message-actionBar actionBar"></div>
          <div class="reactionsBar js-reactionsList {'is-active' if reactions else ''}">{reactions}</div>
          <div class="js-historyTarget message-historyTarget toggleTarget" data-href="trigger-href"></div>
        </footer>
      </div>
    </div>
  </div>
</article>"""


def tl_quote(text: str, source: tuple | None = None) -> str:
    title = ""
    if source:
        user, post_id = source
        title = (f'<div class="bbCodeBlock-title"><a href="/goto/post?id={post_id}" class="bbCodeBlock-sourceJump" rel="nofollow" '
                 f'data-xf-click="attribution" data-content-selector="#post-{post_id}">{html.escape(user)} said:</a></div>')
    return (f'<blockquote data-attributes="" data-quote="{html.escape(source[0]) if source else ""}" class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">'
            f'{title}<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">{esc(text)}</div>'
            f'<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div></blockquote>')


def thornlaw(p: Page) -> str:
    rng = p.rng
    site = "thornlaw"
    op = tl_op(p.title)
    p.claimed_words, p.claimed_pages = p.words, p.pages
    s = slug(p.title)
    url = f"{TL_ROOT}/threads/{s}.{op['thread']}/"
    user = op["user"]
    uid = 1000 + sum(map(ord, user)) * 7
    first_post = op["thread"] * 11
    single_after_heading = rng.random() < 0.5
    # the essay as BBCode output: runs of text split by <br /> pairs, [B] headings, quote blocks, lists
    pieces: list[tuple[str, str]] = []  # (kind, html)
    for kind, value in p.visible():
        if kind == "heading":
            pieces.append(("heading", f"<b>{esc(value)}</b>"))
        elif kind == "paragraph":
            pieces.append(("text", esc(value)))
        elif kind == "quote":
            pieces.append(("block", tl_quote(value)))
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            pieces.append(("block", f"<{tag}>" + "".join(f'<li data-xf-list-type="{tag}">{esc(i)}</li>' for i in items) + f"</{tag}>"))
    n_essay = len(pieces)

    def is_head(piece) -> bool:
        return piece[0] == "heading"

    if shown_on(site, "spoiler", 13, p):  # the teacher's comment, as a spoiler block inside the essay
        label = rng.choice(TL_SPOILER_LABELS)
        text = note_for(TL_SPOILERS, p)
        spoiler = (f'<div class="bbCodeSpoiler"><button type="button" class="button bbCodeSpoiler-button button--longText" '
                   f'data-xf-click="toggle" data-xf-init="tooltip" title="Click to reveal or hide spoiler"><span class="button-text">'
                   f'<span>Spoiler: <span class="bbCodeSpoiler-button-title">{esc(label)}</span></span></span></button>'
                   f'<div class="bbCodeSpoiler-content"><div class="bbCodeBlock bbCodeBlock--spoiler"><div class="bbCodeBlock-content">'
                   f"{esc(text)}</div></div></div></div>")
        put(pieces, spot(n_essay, rng, 2, 6), ("block", spoiler), is_head)
        p.clutter += [f"Spoiler: {label}", text]
    turn = rank_on(site, "media", 4, p)
    if turn is not None:  # an embedded video with the poster's line, two wordings in turn
        line = TL_MEDIA[turn % 2]
        vid = hexid(site, "yt", p.index, n=11)
        put(pieces, rng.randint(1, len(pieces) - 1),
            ("block", f'<i>{esc(line)}</i><br />\n<span data-s9e-mediaembed="youtube" style="display:inline-block;width:100%;max-width:640px">'
                      f'<span style="display:block;overflow:hidden;position:relative;padding-bottom:56.25%">'
                      f'<iframe allowfullscreen="" loading="lazy" scrolling="no" src="https://www.youtube.com/embed/{vid}" '
                      f'style="border:0;height:100%;left:0;position:absolute;width:100%"></iframe></span></span>'), is_head)
        p.clutter.append(line)
    if p.cut is not None:
        more = p.rest_words()
        wall = (f"That's as much as I'm posting publicly. The other {fmt_int(more)} words are in the PDF below, mods "
                "said full essays have to be attachments.")
        pieces.append(("text", f"<i>{esc(wall)}</i>"))
        p.clutter.append(wall)
    if p.cut is None and p.refs:
        pieces.append(("block", "<b>Works Cited</b><br />\n" + "<br />\n".join(mk for _, mk in p.refs)))
    copy = ("text", f"<b>{esc(TL_COPY)}</b>")
    p.clutter.append(TL_COPY)
    copy_first = half_and_half(site, "copy", p)
    pieces = [("text", esc(op["intro"]))] + ([copy] if copy_first else []) + pieces + ([] if copy_first else [copy])
    pieces.append(("text", esc(op["outro"])))
    p.clutter += [op["intro"], op["outro"]]
    out = ""
    for i, (kind, h) in enumerate(pieces):
        if i:
            prev = pieces[i - 1][0]
            if prev == "block" or kind == "block":
                out += "\n"
            elif prev == "heading" and single_after_heading:
                out += "<br />\n"
            else:
                out += "<br />\n<br />\n"
        out += h
    attach = ""
    if p.cut is not None:
        kb = rng.randint(60, 240)
        views = rng.randint(40, 900)
        attach = (f'<section class="message-attachments"><h4 class="block-textHeader">Attachments</h4><ul class="attachmentList">'
                  f'<li class="file file--linked"><a class="u-anchorTarget" id="attachment-{first_post % 10 ** 6}"></a>'
                  f'<div class="file-preview"><span class="file-typeIcon"><i class="fa--xf far fa-file-pdf" aria-hidden="true"></i></span></div>'
                  f'<div class="file-content"><div class="file-info"><span class="file-name" title="{s[:40]}-full.pdf">{s[:40]}-full.pdf</span>'
                  f'<div class="file-meta">{kb}.{rng.randint(1, 9)} KB &middot; Views: {views}</div></div></div></li></ul>'
                  '<div class="blockMessage blockMessage--important">Log in or sign up to open attachments.</div></section>')
        p.clutter += [f"{s[:40]}-full.pdf", f"Views: {views}", "Log in or sign up to open attachments."]
    last_edit = ""
    if rng.random() < 0.35:
        ed = p.date + timedelta(days=rng.randint(1, 20))
        last_edit = f'<div class="message-lastEdit">Last edited: {short_date(ed)}</div>'
        p.clutter.append(f"Last edited: {short_date(ed)}")
    # reactions
    fans = rng.sample([u for u in TL_USERS if u != user] + [h for h, _, _ in TL_HELPERS], rng.randint(2, 4))
    others = rng.randint(0, 40)
    more_txt = f" and {others} others" if others else ""
    names = ", ".join(f"<bdi>{html.escape(f)}</bdi>" for f in fans[:2])
    reactions = (f'<ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1" data-reaction-id="1"><i aria-hidden="true"></i>'
                 f'<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction" alt="Like" title="Like" /></span></li></ul>'
                 f'<span class="u-srOnly">Reactions:</span><a class="reactionsBar-link" href="/posts/{first_post}/reactions" data-xf-click="overlay" data-cache="false" rel="nofollow">{names}{more_txt}</a>')
    p.clutter.append(f"{fans[0]}, {fans[1]}{more_txt}")
    op["joined"] = min(op["joined"], p.date - timedelta(days=40 + p.index * 9))  # joined before the first post
    posts = [tl_post(1, first_post, user, uid, "Member", (op["joined"], op["messages"], op["score"]),
                     (p.date, rng.randint(7, 22), rng.randint(0, 59)), out, TL_SIGS[user], reactions, last_edit, attach)]
    p.clutter += [TL_SIGS[user]]
    # replies: helpers, some quoting one of the essay's own sentences
    sentences = [sen for b in p.visible() if b[0] == "paragraph"
                 for sen in re.findall(r"[^.?!]+[.?!]", block_text(b)) if len(sen.split()) > 8]
    helpers = rng.sample(TL_HELPERS, rng.randint(2, 4))
    replies = iter(rng.sample(TL_REPLIES, len(helpers)))
    day = p.date
    for k, (h, title, sig) in enumerate(helpers, 2):
        day = day + timedelta(days=rng.randint(0, 9))
        hid = 1000 + sum(map(ord, h)) * 7
        pid = first_post + k * 3
        if sentences and rng.random() < 0.5:
            sen = rng.choice(sentences).strip()
            text = rng.choice(TL_QUOTE_REPLIES)
            body = tl_quote(sen, (user, first_post)) + esc(text)
            p.clutter += [f"{user} said:", text]
        else:
            text = next(replies)
            body = esc(text)
            p.clutter.append(text)
        posts.append(tl_post(k, pid, h, hid, title, (date(2016, 3, 1) + timedelta(days=hid % 1200), 300 + hid % 4000, 90 + hid % 2000),
                             (day, rng.randint(7, 23), rng.randint(0, 59)), body, sig, ""))
        p.clutter += [sig, h]
    if rng.random() < 0.6:
        day = day + timedelta(days=rng.randint(0, 5))
        thanks = rng.choice(TL_THANKS)
        posts.append(tl_post(len(posts) + 1, first_post + 40, user, uid, "Member", (op["joined"], op["messages"], op["score"]),
                             (day, rng.randint(7, 23), rng.randint(0, 59)), esc(thanks), TL_SIGS[user], ""))
        p.clutter.append(thanks)
    prefix = TL_PREFIX[op["level"]]
    # featured essays: other threads' first posts, cut as XenForo snippets
    featured = ""
    for t in rng.sample(p.others, 2):
        o = tl_op(t)
        snippet = word_cut(o["intro"] + " " + opening_text(t), rng.randint(30, 44))
        featured += (f'<li class="block-row"><div class="contentRow"><div class="contentRow-figure">{tl_avatar(o["user"], 1000 + sum(map(ord, o["user"])) * 7, "xs")}</div>'
                     f'<div class="contentRow-main contentRow-main--close"><a href="/threads/{slug(t)}.{o["thread"]}/" class="contentRow-title">{esc(t)}</a>'
                     f'<div class="contentRow-snippet">{esc(snippet)}…</div><div class="contentRow-minor contentRow-minor--smaller">{html.escape(o["user"])}</div></div></div></li>')
        p.clutter += [t, snippet]
    similar = ""
    for t in rng.sample(p.others, 4):
        o = tl_op(t)
        d = date(2021, 1, 1) + timedelta(days=rng.randint(0, 1200))
        similar += (f'<tr class="dataList-row dataList-row--noHover"><td class="dataList-cell"><a href="/threads/{slug(t)}.{o["thread"]}/">'
                    f'<span class="label label--royalBlue" dir="auto">{TL_PREFIX[o["level"]]}</span><span class="label-append">&nbsp;</span>{esc(t)}</a></td>'
                    f'<td class="dataList-cell">{TL_FORUM[0]}</td><td class="dataList-cell">{rng.randint(0, 30)}</td><td class="dataList-cell">{tl_time(d, 12, 0)}</td></tr>')
        p.clutter.append(t)
    members = rng.randint(0, 6)
    guests = rng.randint(3, 80)
    viewing = f"Total: {members + guests} (members: {members}, guests: {guests})"
    p.clutter += [viewing, "Users who are viewing this thread", "Featured essays", "Similar threads", TL_FORUM[0],
                  "You must log in or register to reply here.", "Thread starter", "Start date", "Sixth form & college",
                  "Search forums", "New posts", "What's new", "Study guides", "Reaction score",
                  "Community platform by XenForo", "2010-2024 XenForo Ltd.", "Terms and rules",
                  "Privacy policy", "Contact us", "Thornlaw Light", "Log in"]  # one-word labels are left out
    if any("js-expandLink" in post for post in posts):
        p.clutter.append("Click to expand...")
    notice = ""
    turn = rank_on(site, "notice", 3, p)
    if turn is not None:
        notice = (f'<ul class="notices notices--block  js-notices" data-xf-init="notices" data-type="block" data-scroll-interval="6">'
                  f'<li class="notice js-notice notice--primary" data-notice-id="{7 + turn}" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="" data-visibility="">'
                  f'<div class="notice-content">{esc(TL_NOTICES[turn])}</div></li></ul>')
        p.clutter.append(TL_NOTICES[turn])
    cookie = ""
    if shown_on(site, "cookie", 6, p):
        cookie = ('<ul class="notices notices--bottom_fixer  js-notices" data-xf-init="notices" data-type="bottom_fixer" data-scroll-interval="6">'
                  '<li class="notice js-notice notice--primary notice--cookie" data-notice-id="-1" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="0" data-visibility="">'
                  '<div class="notice-content"><div class="u-alignCenter">Thornlaw sets cookies to keep you signed in and to remember which '
                  'threads you have read.<br />If you keep browsing, we will take that as a yes.</div>'
                  '<div class="u-inputSpacer u-alignCenter"><a href="/account/dismiss-notice" class="js-noticeDismiss button--notice button"><span class="button-text">Accept</span></a>'
                  '<a href="/help/cookies" class="button--notice button"><span class="button-text">Learn more…</span></a></div></div></li></ul>')
        p.clutter += ["Thornlaw sets cookies to keep you signed in", "If you keep browsing, we will take that as a yes.",
                      "Learn more…"]
    xf = json.dumps({"url": "/", "cookie": {"path": "/", "domain": "", "prefix": "xf_", "secure": True}, "csrf": hexid(site, "csrf", p.index, n=32),
                     "js": {}, "css": {}, "time": {"now": 1714500000 + p.index * 3600, "today": 1714435200, "todayDow": 3},
                     "borderSizeFeature": "3px", "fontAwesomeWeight": "r", "enableRtnProtect": True, "enableFormSubmitSticky": True,
                     "uploadMaxFilesize": 134217728, "allowedVideoExtensions": ["m4v", "mov", "mp4", "mp4v", "mpeg", "mpg", "ogv", "webm"],
                     "shortcodeToEmoji": True, "visitorCounts": {"conversations_unread": "0", "alerts_unviewed": "0", "total_unread": "0"}},
                    separators=(",", ":"))
    desc = word_cut(op["intro"] + " " + opening_text(p.title), 28)
    return f"""<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR"
	data-xf="2.2"
	data-app="public"
	data-template="thread_view"
	data-container-key="node-14"
	data-content-key="thread-{op['thread']}"
	data-logged-in="false"
	data-cookie-prefix="xf_"
	data-csrf="{hexid(site, 'csrf', p.index, n=32)}"
	class="has-no-js template-thread_view"
	>
<head>
	<meta charset="utf-8" />
	<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
	<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
	<title>{prefix} - {esc(p.title)} | Thornlaw Study Forum</title>
	<link rel="manifest" href="/webmanifest.php">
	<meta name="theme-color" content="#2c4a3e" />
	<meta name="apple-mobile-web-app-title" content="Thornlaw">
	<meta name="description" content="{html.escape(desc)}" />
	<meta property="og:description" content="{html.escape(desc)}" />
	<meta property="og:site_name" content="Thornlaw Study Forum" />
	<meta property="og:type" content="website" />
	<meta property="og:title" content="{prefix} - {html.escape(p.title)}" />
	<meta property="og:url" content="{url}" />
	<link rel="canonical" href="{url}" />
	<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=3&amp;l=1&amp;d=1712000000&amp;k=6f1e" />
	<link rel="stylesheet" href="/css.php?css=public%3Abb_code.less%2Cpublic%3Amessage.less%2Cpublic%3Ashare_controls.less%2Cpublic%3Aextra.less&amp;s=3&amp;l=1&amp;d=1712000000&amp;k=9a0c" />
	<script src="/js/xf/preamble.min.js?_v=1c8e4a1f"></script>
	<link rel="icon" type="image/png" href="/styles/thornlaw/favicon-32.png" sizes="32x32" />
	<script type="application/ld+json">
	{json.dumps({"@context": "https://schema.org", "@type": "DiscussionForumPosting", "@id": url, "headline": p.title,
                 "articleSection": TL_FORUM[0], "author": {"@type": "Person", "name": user}, "datePublished": p.date.isoformat(),
                 "url": url}, separators=(",", ":"))}
	</script>
</head>
<body data-template="thread_view">
<div class="p-pageWrapper" id="top">
<header class="p-header" id="header">
	<div class="p-header-inner"><div class="p-header-content">
		<div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/thornlaw/logo.png" srcset="/styles/thornlaw/logo-2x.png 2x" alt="Thornlaw Study Forum" width="220" height="44" /></a></div>
	</div></div>
</header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header">
	<nav class="p-nav"><div class="p-nav-inner">
		<button type="button" class="button--plain p-nav-menuTrigger button" data-xf-click="off-canvas" data-menu=".js-headerOffCanvasMenu" tabindex="0" aria-label="Menu"><span class="button-text"><i aria-hidden="true"></i></span></button>
		<div class="p-nav-scroller hScroller" data-xf-init="h-scroller" data-auto-scroll=".p-navEl.is-selected"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">
			<li><div class="p-navEl is-selected" data-has-children="true"><a href="/" class="p-navEl-link p-navEl-link--splitMenu " data-nav-id="forums">Forums</a></div></li>
			<li><div class="p-navEl " data-has-children="true"><a href="/whats-new/" class="p-navEl-link p-navEl-link--splitMenu " data-nav-id="whatsNew">What's new</a></div></li>
			<li><div class="p-navEl " ><a href="/members/" class="p-navEl-link " data-nav-id="members">Members</a></div></li>
			<li><div class="p-navEl " ><a href="/guides/" class="p-navEl-link " data-nav-id="guides">Study guides</a></div></li>
		</ul></div></div>
		<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest">
			<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay" data-follow-redirects="on"><span class="p-navgroup-linkText">Log in</span></a>
			<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay" data-follow-redirects="on"><span class="p-navgroup-linkText">Register</span></a>
		</div></div>
	</div></nav>
</div>
<div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller" data-xf-init="h-scroller"><div class="hScroller-scroll"><ul class="p-sectionLinks-list">
	<li><div class="p-navEl " ><a href="/whats-new/posts/" class="p-navEl-link " data-nav-id="newPosts">New posts</a></div></li>
	<li><div class="p-navEl " ><a href="/search/?type=post" class="p-navEl-link " data-nav-id="searchForums">Search forums</a></div></li>
</ul></div></div></div>
<div class="offCanvasMenu offCanvasMenu--nav js-headerOffCanvasMenu" data-menu="menu" aria-hidden="true" data-ocm-builder="navigation"><div class="offCanvasMenu-backdrop" data-menu-close="true"></div><div class="offCanvasMenu-content"></div></div>
<div class="p-body">
	<div class="p-body-inner">
		{notice}
		<ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList">
			<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">Forums</span></a><meta itemprop="position" content="1" /></li>
			<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/#sixth-form-college.5" itemprop="item"><span itemprop="name">Sixth form &amp; college</span></a><meta itemprop="position" content="2" /></li>
			<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/forums/{TL_FORUM[1]}/" itemprop="item"><span itemprop="name">{TL_FORUM[0]}</span></a><meta itemprop="position" content="3" /></li>
		</ul>
		<div class="p-body-header">
			<div class="p-title "><h1 class="p-title-value"><span class="label label--royalBlue" dir="auto">{prefix}</span><span class="label-append">&nbsp;</span>{esc(p.title)}</h1></div>
			<div class="p-description"><ul class="listInline listInline--bullet">
				<li><i class="fa--xf far fa-user" aria-hidden="true" title="Thread starter"></i><span class="u-srOnly">Thread starter</span> <a href="/members/{user.lower()}.{uid}/" class="username  u-concealed" dir="auto" data-user-id="{uid}" data-xf-init="member-tooltip">{html.escape(user)}</a></li>
				<li><i class="fa--xf far fa-clock" aria-hidden="true" title="Start date"></i><span class="u-srOnly">Start date</span> <a href="/threads/{s}.{op['thread']}/" class="u-concealed">{tl_time(p.date, 12, 0)}</a></li>
			</ul></div>
		</div>
		<div class="p-body-main p-body-main--withSidebar ">
			<div class="p-body-content">
				<div class="p-body-pageContent">
<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/" data-search-target="*">
	<span class="u-anchorTarget" id="posts"></span>
	<div class="block-outer"></div>
	<div class="block-container lbContainer" data-xf-init="lightbox select-to-quote" data-message-selector=".js-post" data-lb-id="thread-{op['thread']}">
		<div class="block-body js-replyNewMessageContainer">
{chr(10).join(posts)}
		</div>
	</div>
	<div class="block-outer block-outer--after"><div class="block-outer-opposite"><a href="/login/" class="button--link button" data-xf-click="overlay"><span class="button-text">You must log in or register to reply here.</span></a></div></div>
</div>
<div class="block" data-widget-id="11" data-widget-key="similar_threads" data-widget-definition="similar_threads"><div class="block-container">
	<h3 class="block-header">Similar threads</h3>
	<div class="block-body"><div class="dataList "><table class="dataList-table"><tr class="dataList-row dataList-row--header dataList-row--noHover"><th class="dataList-cell">Title</th><th class="dataList-cell">Forum</th><th class="dataList-cell">Replies</th><th class="dataList-cell">Date</th></tr>
{similar}</table></div></div>
</div></div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons" data-page-url="" data-page-title="" data-page-desc="" data-page-image="">
	<span class="shareButtons-label">Share:</span>
	<div class="shareButtons-buttons">
		<a class="shareButtons-button shareButtons-button--brand shareButtons-button--facebook" data-href="https://www.facebook.com/sharer.php?u={{url}}"><i aria-hidden="true"></i><span>Facebook</span></a>
		<a class="shareButtons-button shareButtons-button--brand shareButtons-button--reddit" data-href="https://reddit.com/submit?url={{url}}&amp;title={{title}}"><i aria-hidden="true"></i><span>Reddit</span></a>
		<a class="shareButtons-button shareButtons-button--brand shareButtons-button--whatsApp" data-href="https://api.whatsapp.com/send?text={{title}}&#x20;{{url}}"><i aria-hidden="true"></i><span>WhatsApp</span></a>
		<a class="shareButtons-button shareButtons-button--email" data-href="mailto:?subject={{title}}&amp;body={{url}}"><i aria-hidden="true"></i><span>Email</span></a>
		<a class="shareButtons-button shareButtons-button--share is-hidden" data-xf-init="web-share" data-title="" data-text="" data-url="" data-hide=".shareButtons-button:not(.shareButtons-button--share)"><i aria-hidden="true"></i><span>Share</span></a>
	</div>
</div></div>
				</div>
			</div>
			<div class="p-body-sidebar">
				<div class="block" data-widget-id="18" data-widget-key="featured_essays" data-widget-definition="featured_content"><div class="block-container">
					<h3 class="block-minorHeader">Featured essays</h3>
					<ul class="block-body">{featured}</ul>
				</div></div>
				<div class="block" data-widget-section="onlineNow" data-widget-id="19" data-widget-key="thread_viewers" data-widget-definition="thread_viewers"><div class="block-container">
					<h3 class="block-minorHeader">Users who are viewing this thread</h3>
					<div class="block-footer">{viewing}</div>
				</div></div>
			</div>
		</div>
		<ul class="p-breadcrumbs p-breadcrumbs--bottom"><li><a href="/"><span>Forums</span></a></li><li><a href="/#sixth-form-college.5"><span>Sixth form &amp; college</span></a></li><li><a href="/forums/{TL_FORUM[1]}/"><span>{TL_FORUM[0]}</span></a></li></ul>
	</div>
</div>
<footer class="p-footer" id="footer">
	<div class="p-footer-inner">
		<div class="p-footer-row">
			<div class="p-footer-row-main"><ul class="p-footer-linkList"><li><a href="/misc/style" data-xf-click="overlay" rel="nofollow"><i class="fa--xf far fa-paint-brush" aria-hidden="true"></i> Thornlaw Light</a></li></ul></div>
			<div class="p-footer-row-opposite"><ul class="p-footer-linkList">
				<li><a href="/misc/contact" data-xf-click="overlay">Contact us</a></li>
				<li><a href="/help/terms/">Terms and rules</a></li>
				<li><a href="/help/privacy-policy/">Privacy policy</a></li>
				<li><a href="/help/">Help</a></li>
				<li><a href="/">Home</a></li>
				<li><a href="/forums/-/index.rss" target="_blank" class="p-footer-rssLink" title="RSS"><span aria-hidden="true"><i class="fa--xf far fa-rss" aria-hidden="true"></i><span class="u-srOnly">RSS</span></span></a></li>
			</ul></div>
		</div>
		<div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by XenForo<sup>&reg;</sup> <span class="copyright">&copy; 2010-2024 XenForo Ltd.</span></a></div>
	</div>
</footer>
</div>
{cookie}
<div class="u-bottomFixer js-bottomFixTarget"></div>
<script src="/js/vendor/jquery/jquery-3.5.1.min.js?_v=1c8e4a1f"></script>
<script src="/js/vendor/vendor-compiled.js?_v=1c8e4a1f"></script>
<script src="/js/xf/core-compiled.js?_v=1c8e4a1f"></script>
<script>
	jQuery.extend(true, XF.config, {xf});
	jQuery.extend(XF.phrases, {{"date_x_at_time_y": "{{date}} at {{time}}", "day_x_at_time_y": "{{day}} at {{time}}"}});
</script>
</body>
</html>
"""


# ---- 3. wistowe: Google Sites page of a sixth-form English department ---------------------------------------------

WS_ROOT = "https://sites.google.com/wistowe.sch.uk/sixthformenglish"
WS_TEACHERS = ["Mrs Adeyemi-Clarke", "Mr Pennock"]
WS_ANNOT_LABELS = ["Annotation", "Examiner's eye", "Why this scores", "Teacher's margin note"]
WS_ANNOTS = [
    "The opening commits to a line of argument straight away. Compare this with openings that only restate the question.",
    "Notice the evidence: a named source, a date and a figure, then a sentence saying what it proves.",
    "This is where the essay moves from knowledge to judgement, which is what the top band asks for.",
    "{writer} signposts the counter-argument here without losing the thread of the main case.",
    "Paragraphs like this one answer the question in their last sentence. Try that in your next timed essay.",
    "A less confident writer would have stopped at description. This paragraph explains why it matters.",
    "Good {topic} essays weigh factors against each other, as this one does, rather than listing them.",
]
WS_MEDIA = ["Audio feedback from {teacher} ({dur})", "Screencast: {teacher} talks through the mark scheme ({dur})"]
WS_BANNERS = [
    "Coursework drafts are due to your teacher by Friday of week 4. Late drafts cannot be marked in detail.",
    "Year 12 taster lessons are on Thursday afternoon. Current students: please tidy the English office.",
    "The exemplar bank is being reorganised over half term, so some links may move.",
]
SELECTED = ' aria-selected="true"'
WS_MOVING = ("This exemplar is shared with the student's consent so that you can see a high-level response. "
             "Reproducing any part of it in your own coursework is malpractice and will be reported to the exam board.")


def ws_tile(inner: str, key: str) -> str:
    return (f'<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc">'
            f'<div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d" jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;" jsname="F57UId">'
            f'<div class="oKdM2c ZZyype Kzv0Me"><div id="h.{key}" class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb">'
            f'<div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe">{inner}</div></div></div></div></div></div></div>')


def ws_section(tiles: list[str], key: str, wide: bool = False) -> str:
    cls = "yaqOZd" + (" LB7kq nyKByd" if not wide else " cJgDec")
    return (f'<section id="h.{key}" class="{cls}" style=""><div class="IFuOkc"></div><div class="mYVXT">'
            f'<div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1">{"".join(tiles)}</div></div></section>')


WS_P = ('<p dir="ltr" class="zfr3Q CDt4Ke " style="padding-top: 6pt; padding-bottom: 6pt; line-height: 1.38; '
        'margin-top: 0pt; margin-bottom: 0pt;">{}</p>')


def ws_p(text_html: str, style: str = "") -> str:
    return WS_P.format(f'<span class="C9DxTc " style="{style}">{text_html}</span>')


def ws_heading(text: str, key: str, level: int = 3) -> str:
    return (f'<h{level} id="h.{key}" dir="ltr" class="CDt4Ke zfr3Q JYVBee" style="padding-top: 14pt; padding-bottom: 4pt;">'
            f'<div class="GV3q8e aP9Z7e"></div><div class="GV3q8e u3bW4e" jsaction="touchstart:UrsOsc; click:KjsqPd; focusout:QZoaZ; mouseover:y0pDld; mouseout:dq0hvd;fv1Rjc:jbFSOd;CrfLRd:SzACGe;" jscontroller="Ae65rd">'
            f'<div role="presentation" class="U26fgb mUbCce fKz7Od LRAOtb Znu9nd M9Bg4d" aria-label="Copy heading link" data-tooltip="Copy heading link" tabindex="0"></div></div>'
            f'<span class="C9DxTc ">{esc(text)}</span></h{level}>')


def ws_essay(blocks, rng: random.Random, p_key: str) -> list[tuple[str, str]]:
    """The essay as Google Sites text-box content: (kind, html) per block. Pasted from Google Docs, so on some pages
    a paragraph is split over several spans at sentence ends."""
    split_spans = rng.random() < 0.5
    out = []
    for i, (kind, value) in enumerate(blocks):
        if kind == "heading":
            out.append(("heading", ws_heading(value, f"{p_key}{i:02d}")))
        elif kind == "paragraph":
            if split_spans:
                sents = re.findall(r"[^.?!]+[.?!]\s*|[^.?!]+$", value)
                spans = "".join(f'<span class="C9DxTc " style="font-weight: 400;">{esc(s)}</span>' for s in sents)
                out.append(("text", WS_P.format(spans)))
            else:
                out.append(("text", ws_p(esc(value))))
        elif kind == "quote":
            out.append(("text", WS_P.replace('style="', 'style="margin-left: 36pt; ', 1).format(
                f'<span class="C9DxTc " style="font-style: italic;">{esc(value)}</span>')))
        else:
            ordered, items = value
            tag = "ol" if ordered else "ul"
            lis = "".join(f'<li class="zfr3Q TYR86d eD0Rn" dir="ltr" style="list-style-type: {"decimal" if ordered else "disc"}; margin-left: 18pt;">'
                          f'<p dir="ltr" class="zfr3Q CDt4Ke " role="presentation"><span class="C9DxTc ">{esc(it)}</span></p></li>' for it in items)
            out.append(("text", f'<{tag} class="n8H08c UVNKR">{lis}</{tag}>'))
    return out


def wistowe(p: Page) -> str:
    rng = p.rng
    site = "wistowe"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    s = slug(p.title)
    url = f"{WS_ROOT}/exemplar-essays/{s}"
    key = hexid(site, p.index, n=10)
    teacher = WS_TEACHERS[p.index % 2]
    student = p.author.split()[0]
    pieces = ws_essay(p.visible(), rng, key)
    n_essay = len(pieces)

    def is_head(piece) -> bool:
        return piece[0] == "heading"

    if shown_on(site, "annotation", 13, p):  # the teacher's annotation: a tile of its own, beside the essay
        label = rng.choice(WS_ANNOT_LABELS)
        text = note_for(WS_ANNOTS, p, writer=student)
        put(pieces, spot(n_essay, rng, 2, 6), ("annot", ws_heading(label, f"{key}an") + ws_p(esc(text), "color: #8a3b12;")), is_head)
        p.clutter += [label, text]
    turn = rank_on(site, "media", 4, p)
    if turn is not None:  # an embedded Drive file with its caption, two wordings in turn
        secs = rng.randint(95, 420)
        caption = WS_MEDIA[turn % 2].format(teacher=teacher, dur=f"{secs // 60}:{secs % 60:02d}")
        put(pieces, rng.randint(1, len(pieces) - 1),
            ("media", f'<div class="w536ob"><iframe src="https://drive.google.com/file/d/{hexid(site, "drive", p.index, n=33)}/preview" '
                      f'width="100%" height="120" allow="autoplay" class="YMEQtf" frameborder="0"></iframe></div>' + ws_p(esc(caption), "font-size: 10pt;")),
            is_head)
        p.clutter.append(caption)
    if p.cut is not None:
        more = p.rest_words()
        wall = (f"Only the first part of this essay is shown here. The complete essay ({fmt_int(more)} more words) is in "
                f"the Year 13 shared drive under Exemplars, {p.category}.")
        pieces.append(("wall", ws_p(f"<b>{esc(wall)}</b>") + ws_p("You need to be signed in with your wistowe.sch.uk account to open it.")
                       + f'<div class="U26fgb O0WRkf oG5Srb C0oVfc"><a class="XqQF9c" href="https://drive.google.com/drive/folders/{hexid(site, "fold", n=33)}">'
                         f'<span class="NPEfkd RveJvd snByac">Open the shared drive</span></a></div>'))
        p.clutter += [wall, "You need to be signed in with your wistowe.sch.uk account to open it.", "Open the shared drive"]
    if p.cut is None and p.refs:
        pieces.append(("heading", ws_heading("Works Cited", f"{key}wc")))
        pieces.append(("text", "".join(WS_P.replace('style="', 'style="margin-left: 36pt; text-indent: -36pt; ', 1).format(
            f'<span class="C9DxTc ">{mk}</span>') for _, mk in p.refs)))
    # group the pieces into sections: essay runs in one text box; the annotation in a second column beside the run
    # before it; media and walls in tiles of their own
    sections, run, n = [], [], 0

    def flush(extra: list[str] | None = None):
        nonlocal run, n
        if run or extra:
            tiles = [ws_tile("".join(run), f"{key}t{n}")] if run else []
            tiles += extra or []
            sections.append(ws_section(tiles, f"{key}s{n}"))
            n += 1
            run = []

    for i, (kind, h) in enumerate(pieces):
        if kind == "annot":
            flush([ws_tile(h, f"{key}a{n}")])
        elif kind in ("media", "wall"):
            flush()
            flush([ws_tile(h, f"{key}m{n}")])
        elif kind == "heading" and run and rng.random() < 0.5:
            flush()
            run.append(h)
        else:
            run.append(h)
    flush()
    # the details tile: label / value lines in the same text-box markup
    mark = rng.randint(17, 25)
    level = 5 if mark >= 21 else 4
    length = f"{fmt_int(p.words)} words, which prints to {plural(p.pages, 'page')} double spaced"
    rows = [("Student", f"{student}, Year 13"), ("Component", f"Non-exam assessment: {p.category}"), ("Length", length),
            ("Mark", f"{mark}/25 (Level {level})"), ("Submitted", uk_date(p.date))]
    details = "".join(ws_p(f'<span style="font-weight: 700;">{k}:</span> {esc(v)}') for k, v in rows)
    p.clutter += [f"{student}, Year 13", f"Non-exam assessment: {p.category}", length, f"{mark}/25 (Level {level})",
                  uk_date(p.date), "Component:", "Submitted:"]
    moving = ws_section([ws_tile(ws_p(f"<i>{esc(WS_MOVING)}</i>"), f"{key}mv")], f"{key}smv")
    p.clutter.append(WS_MOVING)
    moving_first = half_and_half(site, "moving", p)
    # compare the endings: the last sentence of three other exemplars
    ends = ""
    for t in rng.sample(p.others, 3):
        last = thesis_sentence(t)
        ends += ws_p(f'<a class="XqQF9c" href="{WS_ROOT}/exemplar-essays/{slug(t)}"><span class="C9DxTc aw5Odc">{esc(t)}</span></a>: '
                     f"&ldquo;{esc(last)}&rdquo;")
        p.clutter += [t, last]
    compare = ws_section([ws_tile(ws_heading("Compare the thesis statements", f"{key}ce") +
                                  ws_p("How three other students stated their argument at the end of the opening. Which one commits most clearly?")
                                  + ends, f"{key}ce1")], f"{key}sce")
    cite = (f"Referring to this exemplar in class? Call it: {student}'s essay, \"{p.title}\", Wistowe exemplar bank, "
            f"{p.date.year}.")
    cite_sec = ws_section([ws_tile(ws_p(esc(cite), "font-size: 10pt; color: #5f6368;"), f"{key}ct")], f"{key}sct")
    back = ws_section([ws_tile(f'<div class="U26fgb O0WRkf oG5Srb C0oVfc"><a class="XqQF9c" href="{WS_ROOT}/exemplar-essays">'
                               '<span class="NPEfkd RveJvd snByac">Back to all exemplars</span></a></div>', f"{key}bk")], f"{key}sbk")
    p.clutter += ["Compare the thesis statements", "How three other students stated their argument at the end of the opening.",
                  "Which one commits most clearly?", cite, "Back to all exemplars"]
    updated = p.date + timedelta(days=rng.randint(3, 400))
    p.clutter += [f"Page updated {short_date(updated)}", "Report abuse", "Page details", "Google Sites",
                  "Skip to main content", "Skip to navigation", "Wistowe Sixth Form English",
                  "Exemplar essays", "Year 12 English", "Year 13 English", "Reading lists",
                  "Wistowe School Sixth Form, English Department", "Questions about the exemplars: english6@wistowe.sch.uk"]
    banner = ""
    turn = rank_on(site, "banner", 3, p)
    if turn is not None:
        banner = (f'<div class="LqzjUe" role="region" aria-label="Announcement banner"><div class="BLxdRe"><div class="zVhTbb">'
                  f'<p class="zfr3Q CDt4Ke"><span class="C9DxTc ">{esc(WS_BANNERS[turn])}</span></p></div>'
                  '<div class="U26fgb O0WRkf oG5Srb HQ8yf C0oVfc"><span class="RveJvd snByac">Dismiss</span></div></div></div>')
        p.clutter += [WS_BANNERS[turn]]
    cookie = ""
    if shown_on(site, "cookie", 6, p):
        cookie = ('<div class="Ww1Cnf" role="alertdialog" aria-live="polite"><div class="K6Tucc">Google Sites uses cookies '
                  'to keep this page working and to count visits to it.</div><div class="lcaRv"><a class="sXJhZe" '
                  'href="https://policies.google.com/technologies/cookies">Find out more</a><div role="button" class="U26fgb O0WRkf oG5Srb HQ8yf C0oVfc">'
                  '<span class="RveJvd snByac">OK, got it</span></div></div></div>')
        p.clutter += ["Google Sites uses cookies to keep this page working and to count visits to it.", "Find out more",
                      "OK, got it"]
    # the site nav, with every exemplar under "Exemplar essays"
    sub = "".join(f'<li jsname="ibnC6b" class="VsJjtf {"ZmrVpf" if t == p.title else ""}" role="none"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf lhZOrc">'
                  f'<div class="I35ICb"><a class="aJHbb dk90Ob hDrhEe HlqNPb" jsname="QwLHlb" role="link" tabindex="-1" href="{WS_ROOT}/exemplar-essays/{slug(t)}"'
                  f'{SELECTED if t == p.title else ""}>{esc(t)}</a></div></div></li>'
                  for t in sorted(p.site_titles))
    p.clutter += [t for t in p.others]
    nav = "".join(f'<li jsname="ibnC6b" class="VsJjtf" role="none"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf lhZOrc"><div class="I35ICb">'
                  f'<a class="aJHbb dk90Ob hDrhEe HlqNPb" jsname="QwLHlb" role="link" href="{WS_ROOT}/{slug(t)}">{t}</a></div></div>'
                  + (f'<ul class="oGuwee eWDljc RPRy1e Mkt3Tc" role="group">{sub}</ul>' if t == "Exemplar essays" else "") + "</li>"
                  for t in ["Home", "Year 12 English", "Year 13 English", "Exemplar essays", "Reading lists"])
    title_sec = (f'<section id="h.{key}title" class="yaqOZd cJgDec tpmmCb" style=""><div class="Nu95r"><div class="IFuOkc" style="background-color: #23395d;"></div></div>'
                 f'<div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1">'
                 + ws_tile(f'<h1 id="h.{key}h1" dir="ltr" class="duRjpb CDt4Ke " style="color: #ffffff;"><div class="GV3q8e aP9Z7e"></div>'
                           f'<span class="C9DxTc " style="color: #ffffff;">{esc(p.title)}</span></h1>', f"{key}tt")
                 + "</div></div></section>")
    details_sec = ws_section([ws_tile(details, f"{key}dt")], f"{key}sdt")
    main = ([title_sec, details_sec] + ([moving] if moving_first else []) + sections + ([] if moving_first else [moving])
            + [cite_sec, compare, back])
    footer = ws_section([ws_tile(ws_p("Wistowe School Sixth Form, English Department") +
                                 ws_p("Questions about the exemplars: english6@wistowe.sch.uk"), f"{key}ft")], f"{key}sft")
    return f"""<!DOCTYPE html><html lang="en-GB" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="referrer" content="origin"><link rel="icon" href="https://ssl.gstatic.com/atari/images/public/favicon.ico"><meta property="og:title" content="Wistowe Sixth Form English - {html.escape(p.title)}"><meta property="og:type" content="website"><meta property="og:url" content="{url}"><meta property="og:description" content="Exemplar essays for sixth-form English at Wistowe School"><meta itemprop="name" content="Wistowe Sixth Form English - {html.escape(p.title)}"><meta itemprop="url" content="{url}"><meta itemprop="thumbnailUrl" content="https://lh3.googleusercontent.com/sitesv/{hexid(site, 'thumb', n=40)}=w16383"><script nonce="{hexid(site, 'nonce', p.index, n=22)}">window.WIZ_global_data = {{"Im6cmf":"/_/atari/","QrtxK":"0","S06Grb":"","Yllh3e":"%.@.{1714500000000 + p.index * 1777},{hexid(site, 'y', n=10)}]","eptZe":"/_/atari/","gGcLoe":false,"nQyAE":{{}},"qwAQke":"AtariViewUi","rtQCxc":60,"w2btAe":"%.@.null,null,\\"\\",false,null,null,true,false]"}};</script><title>Wistowe Sixth Form English - {esc(p.title)}</title><link href="https://fonts.googleapis.com/css?family=Google+Sans:400,500|Roboto:300,400,500,700|Source+Code+Pro:400,700&display=swap" rel="stylesheet" nonce="{hexid(site, 'nonce', p.index, n=22)}"><link rel="stylesheet" href="https://www.gstatic.com/_/atari/_/ss/k=atari.vw.{hexid(site, 'css', n=12)}.L.W.O/am=MBiA/d=1/rs=AGEqA5kb{hexid(site, 'rs', n=20)}" data-id="_cl" nonce="{hexid(site, 'nonce', p.index, n=22)}"><script nonce="{hexid(site, 'nonce', p.index, n=22)}"></script><style nonce="{hexid(site, 'nonce', p.index, n=22)}">.Ww1Cnf{{position:fixed;bottom:0;left:0;right:0;background:#202124;color:#e8eaed;padding:12px 24px}}.LqzjUe{{background:#fce8b2;padding:8px 24px}}</style></head><body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d"><div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;GvneHb:og1FDd;vbaUQc:uAM5ec;"><div id="docs-banner-container"><div id="docs-banners"><div id="HB1eCd-mzNpsf-r8s4j-ORHb"></div><div id="HB1eCd-TZk80d-r8s4j-ORHb" aria-live="assertive" aria-atomic="true"></div></div><div class="HB1eCd-Vkfede-NBtyUd-PvRhvb-LwH6nd"></div></div><div jscontroller="X4BaPc" jsaction="rcuQ6b:WYd;o6xM5b:Pg9eo;HuL2Hd:mHeCvf;VMhF5:FFYy5e;sk3Qmb:HI1Mdd;JIbuQc:rSzFEd(z2EeY),aSaF6e(ilzYPe);"><div jscontroller="o1L5Wb" data-sitename="sixthformenglish" data-search-scope="1" data-universe="1" jsmodel="fNFZH" jsaction="Pe9H6d:cZFEp;WMZaJ:VsGN3;hJluRd:UADL7b;zuqEgd:HI9w0;tr6QDd:Y8aXB;MxH79b:xDkBfb;JIbuQc:SPXMTb(uxAMZ),LjG1Ed(a6mxbb);" jsname="G0jgYd">
<div class="zDUgLc"></div>
<a class="Zjiec" href="#h.{key}title" tabindex="0">Skip to main content</a><a class="Zjiec" href="#nav" tabindex="0">Skip to navigation</a>
{banner}
<div jsname="rt4wJf" class="BbxBP HP6J1d K5Zlne" jsaction="rcuQ6b:WYd;" jscontroller="GAWLlb"><header id="atIdViewHeader"><div class="BbxBP JzO0Vc" jsname="rt4wJf"><div class="VLoccc K5Zlne QDWEj U8eYrb" jsname="rtFGi"><div class="Pvc6xe"><div jsname="I8J07e" class="TlfmSc YSH9J"><a class="GAuSPc" jsname="jIujaf" href="{WS_ROOT}/home"><span class="QTKDff">Wistowe Sixth Form English</span></a></div>
<nav id="nav" class="plFg0c" role="navigation" aria-label="Site navigation"><ul class="jYxBte Fpy8Db" role="navigation" tabindex="-1">{nav}</ul></nav></div>
<div class="RBEWZc" role="search"><div class="zWkBef" jsname="tZqjhd"><input jsname="YPqjbf" class="whsOnd zHQkBf" type="text" aria-label="Search this site" placeholder="Search this site"></div></div></div></div></header></div>
<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr">
{chr(10).join(main)}
</div>
<div class="Xpil1b xDb4Hd"></div>
<div jscontroller="j1RDQb" jsaction="rcuQ6b:rcuQ6b;MxH79b:JdcaS;FaOgy:XuHpsb;" class="dZA9kd ynRLnc" data-last-updated-at-time="{1600000000 + updated.toordinal() % 100000}" data-is-preview="false">
{footer}
<div class="LqzjUe hcAK7e"><div role="button" class="U26fgb JRtysb WzwrXb I12f0b K2mXPb zXBiaf ynRLnc" jscontroller="iSvg6e" aria-label="Site actions" tabindex="0"><span class="RveJvd snByac">Google Sites</span></div>
<a class="XqQF9c" href="https://sites.google.com/u/0/abuse?url={quote(url, safe='')}">Report abuse</a> <div class="U26fgb O0WRkf oG5Srb HQ8yf C0oVfc"><span class="RveJvd snByac">Page details</span></div>
<div class="ZwAmQe">Page updated {short_date(updated)}</div></div>
</div>
{cookie}
</div></div></div>
<script nonce="{hexid(site, 'nonce', p.index, n=22)}" src="https://www.gstatic.com/_/atari/_/js/k=atari.vw.en_GB.{hexid(site, 'js', n=11)}.O/am=MBiA/d=1/rs=AGEqA5n{hexid(site, 'jsrs', n=20)}/m=view" id="base-js"></script>
</body></html>
"""


# ---- 4. pellmoor: Wattpad story part, one essay per part --------------------------------------------------------

WP_ROOT = "https://www.wattpad.com"
WP_STORY = "Essays I Actually Got Good Marks For"
WP_STORY_ID = 348120977
WP_USER = "pellmoor_writes"
WP_DESC = ("A collection of essays I wrote for sixth form and first year at uni, all marked and all mine. Read them, "
           "learn from them, please don't copy them. Updated whenever I find another one in my drive.")
WP_THEFT = [
    "This essay belongs to pellmoor_writes on Wattpad. If you are reading it anywhere else, it has been stolen.",
    "(quick check: if the address bar doesn't say wattpad.com, this was taken without asking, please report the site)",
    "Reminder that {title} is my own work and is only posted on Wattpad.",
    "if you're a teacher reading this because someone handed it in: hello, it's mine, sorry about them",
    "pssst, my teacher underlined this next bit twice",
    "~ halfway through, keep going ~",
    "(okay this is the {topic} paragraph people keep asking me about in the comments)",
]
WP_IMAGES = ["(my plan for this essay, scribbled on the back of a receipt)",
             "(the mind map I made before writing, please ignore my handwriting)"]
WP_UPDATES = [
    "UPDATE: exams are finally over!! requests are open again, comment the essay title you want next.",
    "UPDATE: I've fixed the formatting on the older parts, sorry it was such a mess.",
    "UPDATE: this story just hit 100K reads?? thank you so much, I don't know what to say.",
]
WP_VOTE = "if this helped even a little, tap the star so other people can find it \u2606"
WP_RECS = [
    ("How to Revise Without Losing Your Mind", "studywithsunny", "Tips, timetables and the occasional breakdown. Everything I wish someone had told me before Year 12."),
    ("My UCAS Personal Statement (and 5 Rejected Drafts)", "tea_and_theses", "Every version, every crossing-out, and what finally worked."),
    ("English Lit Quotes Bank", "quotequeen_", "Key quotes for every set text I studied, with notes on how to use them."),
    ("Uni Diaries: First Term", "northern.nomad", "Moving out, making friends and discovering that seminars are nothing like lessons."),
    ("History Notes That Got Me an A*", "marginal.gains", "Condensed revision notes, topic by topic, with essay plans."),
    ("Letters to My Year 11 Self", "ivy_writes_things", "Short letters to the version of me who thought mocks were the end of the world."),
    ("Poetry Anthology Analysis", "rhyme_and_reason", "Every poem in the anthology, explained line by line."),
    ("The Study Playlist Book", "lofi_lucy", "Songs to revise to, organised by mood and by subject."),
]
WP_COMMENTERS = ["bookwormbex", "its_just_maddie", "revisionrae", "quill_and_quiet", "theo_reads_a_lot", "nadia_k",
                 "softlysinging", "year13struggles", "caffeine_and_kant", "mint_tea_maya", "lostinthelibrary", "jordan.writes"]
WP_COMMENTS = [
    "this is literally my essay question for next week, you're a lifesaver",
    "how do you make the counter-argument sound so natural??",
    "saving this for mocks",
    "the conclusion is so good omg",
    "did you have a word limit for this one?",
    "my teacher would love this, she's always on about linking back to the question",
    "reading this at 2am before my exam, wish me luck",
    "you should publish these as a proper book honestly",
    "can you do one on a different period next?",
    "this made the topic make sense for the first time",
]


def wp_stats(n: int) -> str:
    return f"{n / 1000:.1f}K".replace(".0K", "K") if n >= 1000 else str(n)


def pellmoor(p: Page) -> str:
    rng = p.rng
    site = "pellmoor"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    part_id = 1_100_000_000 + p.post_id * 37
    s = slug(p.title)
    story_slug = slug(WP_STORY)
    url = f"{WP_ROOT}/{part_id}-{story_slug}-{s}"[:160]
    marked = rng.random() < 0.3

    def pid(*parts) -> str:
        return hexid(site, p.index, *parts, n=24)

    def para(h: str, key, style: str = "", marker: bool = False) -> str:
        mark = ""
        if marker and rng.random() < 0.3:
            mark = (f'<span class="comment-marker on-inline-comments-modal" data-pid="{pid("m", key)}">'
                    f'<span class="num-comment">{rng.randint(1, 48)}</span></span>')
        st = f' style="{style}"' if style else ""
        return f'<p data-p-id="{pid(key)}"{st}>{h}{mark}</p>'

    pieces: list[tuple[str, str]] = []
    for i, (kind, value) in enumerate(p.visible()):
        if kind == "heading":
            pieces.append(("heading", para(f"<b>{esc(value)}</b>", i, "text-align:center;")))
        elif kind == "paragraph":
            pieces.append(("text", para(esc(value), i, marker=True)))
        elif kind == "quote":
            pieces.append(("text", para(f"<i>{esc(value)}</i>", i, marker=True)))
        else:
            ordered, items = value
            lines = "".join(para(f"{k}. {esc(it)}" if ordered else f"\u2022 {esc(it)}", f"{i}.{k}") for k, it in enumerate(items, 1))
            pieces.append(("text", lines))
    n_essay = len(pieces)

    def is_head(piece) -> bool:
        return piece[0] == "heading"

    if shown_on(site, "theft", 13, p):  # the anti-theft line, typed into the part like any paragraph
        text = note_for(WP_THEFT, p)
        put(pieces, spot(n_essay, rng, 2, 6), ("note", para(esc(text), "theft")), is_head)
        p.clutter.append(text)
    turn = rank_on(site, "image", 4, p)
    if turn is not None:
        caption = WP_IMAGES[turn % 2]
        put(pieces, rng.randint(1, len(pieces) - 1),
            ("note", para(f'<img src="https://img.wattpad.com/{pid("img")}-256-k{rng.randint(100000, 999999)}.jpg" data-original-width="1080" data-original-height="1350">', "img")
             + para(f"<i>{esc(caption)}</i>", "cap")), is_head)
        p.clutter.append(caption)
    wall = ""
    if p.cut is not None:
        more = p.rest_words()
        wall_text = (f"Join Wattpad for free to read the rest of this part ({fmt_int(more)} words to go) and add this "
                     "story to your library.")
        wall = (f'<div class="signup-wall" role="region" aria-label="Sign up to keep reading"><h3 class="signup-wall__title">Want to keep reading?</h3>'
                f'<p class="signup-wall__text">{esc(wall_text)}</p><button class="btn btn-primary on-signup">Sign up with Google</button> '
                f'<button class="btn btn-outline on-signup">Sign up with email</button><p class="signup-wall__login">Already have an account? '
                f'<a href="/login">Log in</a></p></div>')
        p.clutter += ["Want to keep reading?", wall_text, "Sign up with Google", "Sign up with email", "Already have an account?"]
    if p.cut is None and p.refs:
        pieces.append(("heading", para("<b>Works Cited</b>", "wc", "text-align:center;")))
        pieces += [("text", para(mk, f"wc{k}")) for k, (_, mk) in enumerate(p.refs)]
    an = f"A/N: {fmt_int(p.words)} words in total, which came out at {plural(p.pages, 'page')} typed up. Written for {p.level}, marked {p.grade}."
    top = [("note", para(esc(an), "an", marker=True))]
    p.clutter.append(an)
    turn = rank_on(site, "update", 3, p)
    if turn is not None:
        top.insert(0, ("note", para(f"<b>{esc(WP_UPDATES[turn])}</b>", "upd")))
        p.clutter.append(WP_UPDATES[turn])
    vote = ("note", para(esc(WP_VOTE), "vote"))
    p.clutter.append(WP_VOTE.rstrip(" \u2606"))
    if half_and_half(site, "vote", p):
        top.append(vote)
    else:
        pieces.append(vote)
    pieces = top + pieces
    # the reading pages, with an ad slot between them
    pages, size = [], rng.choice([5, 6, 7])
    for k in range(0, len(pieces), size):
        pages.append("".join(h for _, h in pieces[k:k + size]))
    reading = ""
    for k, pg in enumerate(pages, 1):
        if k > 1:
            reading += (f'<div class="in-story-ad"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-{pid("ad", k)}" '
                        f'class="display-ad" data-slot="reading_mid_{k}"></div><span class="ad-after">Story continues below</span></div>\n')
        reading += (f'<div class="page highlighter{" first-page" if k == 1 else ""}" data-page-number="{k}"><div class="col-xs-10 col-xs-offset-1 '
                    f'col-sm-10 col-sm-offset-1 col-md-7 col-md-offset-1 col-lg-6 col-lg-offset-3 panel panel-reading" dir="ltr">'
                    f"<pre>{pg}</pre></div></div>\n")
    if len(pages) > 1:
        p.clutter += ["Advertisement", "Story continues below"]
    reading += wall
    # part header stats
    reads = rng.choice([rng.randint(300, 9999), rng.randint(10000, 99000)])
    votes = max(3, reads // rng.randint(12, 40))
    ncom = rng.randint(4, 160)
    stats = [f"{wp_stats(reads)} reads", f"{wp_stats(votes)} votes", f"{ncom} comments"]
    p.clutter += stats
    # the next part, with its opening words
    titles = p.site_titles
    if p.index < len(titles):
        nxt = titles[p.index]
        preview = word_cut(opening_text(nxt), rng.randint(24, 38))
        next_html = (f'<div class="next-part"><a class="next-part-link on-navigate" href="{WP_ROOT}/{1_100_000_000 + p.index * 7}-{story_slug}-{slug(nxt)}">'
                     f'<span class="next-up">Next part</span><h3 class="next-part-title">{esc(nxt)}</h3>'
                     f'<p class="next-part-preview">{esc(preview)}…</p><span class="btn btn-orange">Continue to next part</span></a></div>')
        p.clutter += [nxt, preview, "Continue to next part", "Next part"]
    else:
        upd = uk_date(p.date + timedelta(days=rng.randint(10, 90)))
        next_html = (f'<div class="story-end"><p class="end-title">You\'ve reached the end of published parts.</p>'
                     f'<p class="end-updated">Last updated: {upd}</p><button class="btn btn-orange on-add-to-library">Add to library</button></div>')
        p.clutter += ["You've reached the end of published parts.", f"Last updated: {upd}", "Add to library"]
    parts = "".join(f'<li class="{"active" if t == p.title else ""}"><a href="{WP_ROOT}/{1_100_000_000 + k * 7}-{story_slug}-{slug(t)}" class="on-navigate">'
                    f'<span class="part-title">{esc(t)}</span></a></li>' for k, t in enumerate(titles, 1))
    p.clutter += p.others
    recs = ""
    for t, who, blurb in rng.sample(WP_RECS, 3):
        r = rng.randint(2000, 900000)
        recs += (f'<li class="rec-story"><a href="{WP_ROOT}/story/{1000000 + sum(map(ord, t))}-{slug(t)}" class="on-navigate">'
                 f'<img class="cover" src="https://img.wattpad.com/cover/{hexid(t, n=12)}-128.jpg" alt=""><div class="rec-info">'
                 f'<span class="rec-title">{esc(t)}</span><span class="rec-author">by {who}</span><span class="rec-reads">{wp_stats(r)} reads</span>'
                 f'<p class="rec-blurb">{esc(blurb)}</p></div></a></li>')
        p.clutter += [t, blurb, f"by {who}", f"{wp_stats(r)} reads"]
    comments = ""
    for who, text in zip(rng.sample(WP_COMMENTERS, rng.randint(2, 5)), rng.sample(WP_COMMENTS, 5)):
        ago = rng.choice(["2y", "1y", "11mo", "8mo", "5mo", "3w", "6d"])
        likes = rng.randint(0, 60)
        comments += (f'<li class="comment"><div class="comment-avatar"><img src="https://img.wattpad.com/useravatar/{who}.48.jpg" alt=""></div>'
                     f'<div class="comment-body"><a class="username" href="/user/{who}">{who}</a> <span class="timestamp">{ago}</span>'
                     f'<p class="comment-text">{esc(text)}</p><div class="comment-actions"><button class="like">{likes}</button> '
                     f'<button class="reply">Reply</button></div></div></li>')
        p.clutter += [text, who]
    p.clutter += [WP_STORY, f"by {WP_USER}", WP_DESC, "Try Premium", "Get the App", "Sign Up",
                  "#alevels", "#essays", "#revision", "#studytips", "All parts", "You'll also like",
                  "Mature content off", "© 2024 Wattpad"]
    banner = ""
    if shown_on(site, "appbanner", 6, p):
        banner = ('<div class="app-banner" role="dialog"><p>Reading is easier in the Wattpad app: offline chapters, '
                  'no ads between pages.</p><a class="btn btn-orange" href="https://wattpad.page.link/open">Open in app</a> '
                  '<button class="btn btn-text on-dismiss">Not now</button></div>')
        p.clutter += ["Reading is easier in the Wattpad app: offline chapters, no ads between pages.", "Open in app",
                      "Not now"]
    desc = f"Read {p.title} from the story {WP_STORY} by {WP_USER} (Ines) with {fmt_int(reads)} reads. alevels, essays, revision. {word_cut(opening_text(p.title), 22)}..."
    prefetched = json.dumps({f"part.{part_id}.metadata": {"data": {"id": part_id, "title": p.title, "url": url,
                             "modifyDate": f"{p.date.isoformat()}T18:22:05Z", "wordCount": p.words, "readCount": reads,
                             "voteCount": votes, "commentCount": ncom, "group": {"id": WP_STORY_ID, "title": WP_STORY,
                             "user": {"name": WP_USER, "avatar": f"https://img.wattpad.com/useravatar/{WP_USER}.128.jpg"},
                             "tags": ["alevels", "essays", "revision", "studytips", "school"], "rating": 1, "language": {"id": 1}}}}},
                            separators=(",", ":"))
    return f"""<!DOCTYPE html>
<html lang="en-US" dir="ltr">
<head>
<meta charset="utf-8">
<title>{esc(WP_STORY)} - {esc(p.title)} - Wattpad</title>
<meta name="description" content="{html.escape(desc)}">
<meta name="keywords" content="alevels,essays,revision,studytips,school,nonfiction">
<meta property="og:type" content="article">
<meta property="og:title" content="{html.escape(WP_STORY)} - {html.escape(p.title)}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Wattpad">
<meta property="og:image" content="https://img.wattpad.com/cover/{WP_STORY_ID}-256-k{hexid(site, 'cover', n=6)}.jpg">
<meta name="twitter:card" content="summary">
<meta name="twitter:site" content="@wattpad">
<link rel="canonical" href="{url}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://static.wattpad.com/css/desktop-web.min.{hexid(site, 'css', n=8)}.css">
<script>window.wattpad = {{"testGroups":{{"SHOW_READER_ADS":true}},"userCountryCode":"GB","currentUser":null,"apiAuthKey":"{hexid(site, 'api', n=20)}"}};</script>
<script>window.prefetched = {prefetched};</script>
<script src="https://static.wattpad.com/js/vendor.{hexid(site, 'vendor', n=8)}.js" defer></script>
<script src="https://static.wattpad.com/js/desktop-web.{hexid(site, 'app', n=8)}.js" defer></script>
</head>
<body class="js-app-off" data-theme="default">
<div id="app-container">
<header id="header" class="header-nav" role="banner">
  <div class="container"><a class="logo on-navigate" href="/home" aria-label="Wattpad Home"><span class="wp-logo"></span></a>
  <nav class="header-nav-left"><ul><li><a href="/stories" class="on-navigate">Browse</a></li><li><a href="/community" class="on-navigate">Community</a></li></ul></nav>
  <div class="header-search"><form action="/search" role="search"><input type="search" name="q" placeholder="Search" aria-label="Search"></form></div>
  <nav class="header-nav-right"><ul><li><a href="/myworks" class="on-navigate">Write</a></li><li><a href="/premium" class="on-navigate">Try Premium</a></li>
  <li><a href="/login" class="on-login">Log in</a></li><li><a href="/signup" class="btn btn-orange on-signup">Sign Up</a></li></ul></nav></div>
</header>
{banner}
<main id="parts-container-new" class="story-reading" role="main">
<div class="part-header" data-part-id="{part_id}">
  <div class="story-info-container"><a class="on-navigate" href="{WP_ROOT}/story/{WP_STORY_ID}-{story_slug}">
    <img class="cover cover-xs" src="https://img.wattpad.com/cover/{WP_STORY_ID}-64-k{hexid(site, 'cover', n=6)}.jpg" alt="{html.escape(WP_STORY)}">
    <div class="info"><span class="title h5">{esc(WP_STORY)}</span><span class="author h6">by {WP_USER}</span></div></a>
    <div class="toc-dropdown"><button class="btn btn-text dropdown-toggle" aria-haspopup="true">All parts</button><ul class="toc-list dropdown-menu">{parts}</ul></div>
  </div>
  <header class="panel panel-reading text-center">
    <h1 class="h2">{esc(p.title)}</h1>
    <div class="story-stats"><span class="reads" title="{fmt_int(reads)} Reads"><span class="fa fa-view fa-wp-neutral-2" aria-hidden="true"></span> {stats[0]}</span>
      <span class="votes" title="{fmt_int(votes)} Votes"><span class="fa fa-vote fa-wp-neutral-2" aria-hidden="true"></span> {stats[1]}</span>
      <span class="comments on-comments"><span class="fa fa-comment fa-wp-neutral-2" aria-hidden="true"></span> <a href="#comments">{stats[2]}</a></span></div>
    <div class="author hidden-lg"><a href="/user/{WP_USER}" class="on-navigate avatar avatar-sm"><img src="https://img.wattpad.com/useravatar/{WP_USER}.48.jpg" alt="{WP_USER}"></a> by <a href="/user/{WP_USER}" class="on-navigate">{WP_USER}</a></div>
  </header>
</div>
<div class="row part-content">
{reading}
</div>
<div class="part-actions" role="toolbar">
  <button class="btn btn-text on-vote"><span class="fa fa-vote"></span> Vote</button>
  <button class="btn btn-text on-comments"><span class="fa fa-comment"></span> Comment</button>
  <button class="btn btn-text on-share"><span class="fa fa-share"></span> Share</button>
</div>
{next_html}
<section class="story-details">
  <h2 class="story-details__title">{esc(WP_STORY)}</h2>
  <p class="story-details__author">by {WP_USER}</p>
  <p class="story-details__description">{esc(WP_DESC)}</p>
  <ul class="tag-items"><li><a href="/stories/alevels">#alevels</a></li><li><a href="/stories/essays">#essays</a></li><li><a href="/stories/revision">#revision</a></li><li><a href="/stories/studytips">#studytips</a></li></ul>
  <p class="story-details__meta">{len(titles)} parts &middot; Completed &middot; Mature content off</p>
</section>
<section id="comments" class="comments"><h3>{stats[2]}</h3>
  <div class="comment-form"><textarea placeholder="Add a comment" aria-label="Add a comment"></textarea></div>
  <ul class="comments-list">{comments}</ul>
</section>
<section class="similar-stories"><h3>You'll also like</h3><ul>{recs}</ul></section>
</main>
<footer id="footer" class="footer" role="contentinfo"><ul class="footer-links">
  <li><a href="/premium">Try Premium</a></li><li><a href="/getmobile">Get the App</a></li><li><a href="/language">Language</a></li>
  <li><a href="/writers">Writers</a></li><li><a href="/business">Business</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/press">Press</a></li>
  <li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="https://support.wattpad.com">Help</a></li>
  <li>&copy; 2024 Wattpad</li></ul></footer>
</div>
</body>
</html>
"""


# ------------------------------------------------------------------------------------------------ main

SITES = {  # name: (writer, teaser pages, works-cited pages, duplicate pair (page numbers) or None)
    "cressbrook": (cressbrook, 3, 4, None),  # HubSpot blog post; CTAs and sales lines as <p>s of the rich text
    "thornlaw": (thornlaw, 3, 3, None),      # XenForo thread; <br /> runs, spoilers, replies quoting the essay
    "wistowe": (wistowe, 2, 4, None),        # Google Sites; tiles and columns; other essays' last sentences
    "pellmoor": (pellmoor, 3, 2, None),      # Wattpad part; <p data-p-id>, comment markers, next part's opening
}


def main() -> None:
    global SEED
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=163)
    args = ap.parse_args()
    SEED = args.seed
    rng = random.Random(args.seed)
    cards = parse_cards()
    rng.shuffle(cards)
    need = g.essays_needed(SITES, PAGES_PER_SITE)
    chosen, seen = [], set()
    for card in cards:  # no paragraph, quotation or list of more than five words shared between two essays
        essay = make_essay(card, random.Random(f"{args.seed}:essay:{card['id']}"))
        keys = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
        if keys & seen or len(chosen) == need:
            continue
        chosen.append(essay)
        seen |= keys
    if len(chosen) < need:
        raise SystemExit(f"only {len(chosen)} usable essays, need {need}")
    ESSAYS_BY_TITLE.clear()
    ESSAYS_BY_TITLE.update({e["title"]: e for e in chosen})

    def page_for(name: str, n: int, essay: dict, titles: list[str], page_rng: random.Random, twin: Page | None) -> Page:
        return Page(essay, page_rng, n, titles)

    def copy_twin(page: Page, twin: Page) -> None:
        page.blocks, page.cut, page.refs = twin.blocks, twin.cut, twin.refs
        page.words, page.pages, page.minutes = twin.words, twin.pages, twin.minutes
        page.author, page.level, page.grade = twin.author, twin.level, twin.grade

    rows = g.write_site_folders(
        args.outdir, args.seed, SITES, chosen, PAGES_PER_SITE, page_for, copy_twin,
        lambda name, n, e: f"{name}\tpage-{n:02d}\t{e['id']}\t{e['words']}\t{e['title']}")
    header = "site\tpage\tcard\twords\ttitle"
    (args.outdir / "SOURCES.tsv").write_text("\n".join([header, *rows]) + "\n", "utf-8")
    print(f"{len(SITES)} sites x {PAGES_PER_SITE} pages -> {args.outdir} ({need} essays written from {len(cards)} cards)")


if __name__ == "__main__":
    main()
