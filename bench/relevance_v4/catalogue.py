"""Data tables for relevance_v4: job kinds, cities, employers' name parts. Made up from general knowledge.

KINDS rows: key | name | family | occupation codes (first = right one, rest = what a hurried employer
may pick instead) | industry codes | monthly pay range | pay cycles | schedules | titles (/-separated,
first = standard title) | duties (；-separated) | near kinds (substitutes) | education floor
pay cycles: m monthly, d daily, h hourly, p piece, c base+commission, n negotiable (面议)
schedules: day, long (长白班), two (两班倒), flex, half (半天), wknd (周末), night
education: none, junior_middle, senior_high, associate, bachelor
"""

KINDS_TXT = """
pugong|普工|factory|6-31,6-99,6-25|C39,C38,C33|4000-6500|m,p,h|two,long|普工/操作工/生产工人/车间普工/流水线工人|按班组长安排完成流水线作业；简单易学，有人带；按产量计件或计时|packer,assembler,food_worker|none
assembler|电子装配工|factory|6-25,6-31|C39|4200-6800|m,h|two,long|电子装配工/电子厂普工/组装工/插件工|电子产品组装、插件、测试；坐着干活；无尘车间|pugong,smt|none
smt|SMT操作员|factory|6-25,6-31|C39|4500-7000|m|two|SMT操作员/SMT技术员/贴片机操作员/SMT作业员|负责SMT贴片机上料、换线、首件确认；会看BOM优先|assembler,pugong|senior_high
cnc|CNC操作工|factory|6-18-01,6-18,6-31|C34,C33|5000-9000|m|two,long|CNC操作工/数控车床操作工/CNC学徒/加工中心操作员|上下料、对刀、简单编程；看懂图纸优先，可带学徒|lathe,mold_worker|junior_middle
lathe|车工|factory|6-18-01,6-18|C34|5000-8500|m,p|long|车工/普车师傅/车床工|普通车床加工轴类零件；会看图纸；计件多劳多得|cnc|junior_middle
qc|质检员|factory|6-31-03,6-31,4-08|C39,C14,C33|3800-6000|m|two,long|质检员/品检/QC检验员/IQC来料检验|产品外观、尺寸检验，填写检验记录；细心|pugong,assembler|senior_high
packer|包装工|factory|6-31,6-99|C14,C29,C41|3500-5500|m,p,d|long,two|包装工/打包工/包装普工|产品装箱、贴标、封箱；轻体力|pugong,ecom_packer|none
welder|电焊工|factory|6-18-02,6-19,6-29|C33,C34,E48|6000-11000|m,d|long|电焊工/焊工/二保焊焊工/氩弧焊工|二保焊、氩弧焊；有焊工证优先；按图施焊|lathe,steel_worker|junior_middle
forklift|叉车司机|logistics|6-30,4-02-05,4-02|G59,C39|4500-7500|m|long,two|叉车司机/叉车工/铲车司机|厂区、仓库内叉车装卸货；持叉车证|loader,warehouse|junior_middle
injection|注塑工|factory|6-14,6-31|C29|4200-6500|m|two|注塑工/注塑机操作工/啤机工|看机、取件、修披锋；两班倒|pugong|none
mold_worker|模具钳工|factory|6-20,6-18|C35,C34|6000-10000|m|long|模具钳工/模具师傅/钳工|模具装配、维修、保养；会看图纸|cnc,lathe|junior_middle
sewing|缝纫工|factory|6-05-01,6-05|C18|4500-8000|p,m|long|缝纫工/车位/平车工/服装厂车工|服装车缝，计件工资；熟手优先也可学|garment_helper,shoe_worker|none
garment_helper|服装厂杂工|factory|6-05,6-31|C18|3500-5000|m,p|long|剪线工/服装厂杂工/尾部整烫|剪线头、整烫、折叠包装；轻松|sewing,packer|none
shoe_worker|鞋厂针车工|factory|6-05,6-31|C19|4500-7500|p|long|针车工/鞋厂针车/制鞋工/鞋厂成型工|鞋面针车，计件；新手可学|sewing|none
food_worker|食品厂普工|factory|6-02,6-31|C14,C13|3800-5500|m|two,long|食品厂普工/食品加工工/面包厂操作工|食品分装、包装、搬运；办健康证|pugong,packer|none
electrician|电工|construction|6-28,6-31,6-29-03|E49,C38,K70|5000-8000|m|long|电工/维修电工/水电工|厂区、小区水电维修；持电工证|plumber,maintenance|junior_middle
maintenance|设备维修工|factory|6-31-01,6-31|C34,C39|5500-9000|m|two,long|设备维修工/机修/设备维护员|生产设备日常维护、故障排除|electrician,mold_worker|senior_high
sprayer|喷漆工|factory|6-31,6-99,6-21|C21,C33|5000-8000|m|long|喷漆工/喷涂工/油漆师傅|家具、铁件喷涂；会调漆优先|painter,auto_paint|junior_middle
woodworker|家具厂木工|factory|6-06|C21|5000-8500|p,m|long|家具厂木工/板式家具开料/封边工|开料、封边、排钻；计件|carpenter,pugong|junior_middle
poverty_workshop|扶贫车间手工|factory|6-99,6-09,6-31|C24,C41,C18|2000-3500|p|flex,half|手工活/扶贫车间工人/串珠手工/假发手工|在扶贫车间做手工串珠、假发、玩具组装；按件计酬，时间自由，可照顾家里|garment_helper,packer|none
battery_worker|电池厂操作工|factory|6-24,6-31|C38|4800-7000|m|two|电池厂操作工/锂电池普工/电芯生产工|锂电池电芯卷绕、注液、化成；穿无尘服|pugong,assembler|junior_middle
courier|快递员|logistics|4-02-07,4-02|G60|5000-9000|p,m|day|快递员/快递派送员/快递小哥/收派员|负责片区快递收派，按件提成；有电动车|sorter,rider|none
sorter|快递分拣员|logistics|4-02-07,4-02-06,4-02|G60,G59|3800-6000|m,d,h|night,two|分拣员/快递分拣/中转场操作员|中转场包裹分拣、扫描、装车；夜班|loader,courier|none
rider|外卖骑手|logistics|4-02-07,4-02,4-03|I64,H62|5000-10000|p|flex|外卖骑手/外卖配送员/骑手/跑腿配送员|接单配送外卖，时间自由，多劳多得；自备电动车|courier|none
loader|装卸工|logistics|4-02-05,4-02|G59|5000-8000|d,p,m|day,night|装卸工/搬运工/卸货工/力工|物流园装车卸货，按吨或按车计|sorter,forklift,site_labor|none
warehouse|仓管员|logistics|4-02-06,4-02,3-01|G59,F51|4000-6000|m|day,long|仓管员/仓库管理员/库管/仓库文员|出入库登记、盘点、ERP录单|warehouse_clerk,forklift|senior_high
warehouse_clerk|仓库拣货员|logistics|4-02-06,4-02|G59,F52|3800-5500|m,h|two|拣货员/拣货打包员/仓库拣货|按单拣货、复核、打包|ecom_packer,warehouse|none
dispatcher|物流调度员|logistics|4-02-02,4-02,3-01|G54,G58|4500-7000|m|day|物流调度/车辆调度员/货运调度|安排车辆、跟踪运输、对接客户|warehouse,logistics_cs|senior_high
waiter|餐厅服务员|catering|4-03-02,4-03|H62|3500-5500|m,h,d|two,day|服务员/餐厅服务员/前厅服务员/楼面服务员|点菜、上菜、收台、接待客人|passer,hotpot_waiter,tea_waiter|none
hotpot_waiter|火锅店服务员|catering|4-03-02,4-03|H62|3800-6000|m|two|火锅店服务员/火锅服务员/前厅|摆台、加汤、上菜；有提成|waiter,passer|none
passer|传菜员|catering|4-03-02,4-03|H62|3300-4800|m|day|传菜员/传菜/跑菜|后厨到前厅传菜、收碗碟|waiter|none
cook|厨师|catering|4-03-02,4-03|H62|6000-12000|m|day,two|厨师/炒锅/厨师长/中餐厨师/炒菜师傅|负责热菜炒制；会做湘菜川菜家常菜|kitchen_helper,canteen_cook|junior_middle
canteen_cook|食堂厨师|catering|4-03-02,4-03|H62,C39,P83|4500-7000|m|day|食堂厨师/食堂大厨/工厂食堂炒菜/学校食堂厨师|负责食堂大锅菜，三餐；菜品简单，量大|cook,kitchen_helper|none
kitchen_helper|帮厨|catering|4-03-02,4-03|H62|3200-4800|m,d|day,two|帮厨/打荷/切配/厨房杂工|洗菜、切配、打荷、收拾厨房卫生|dishwasher,cook|none
dishwasher|洗碗工|catering|4-03-02,4-03|H62|3000-4200|m,d,h|day,half|洗碗工/洗碗阿姨/洗碗/后厨洗碗|清洗餐具、厨房卫生；包吃|kitchen_helper,cleaner|none
noodle_chef|面点师|catering|4-03-02,6-02|H62,C14|4500-7500|m|day|面点师/白案师傅/包子师傅/面点|包子、馒头、面条制作；早班|baker,cook|none
baker|烘焙师|catering|4-03-02,6-02|H62,F52|4000-7000|m|two|烘焙师/蛋糕师/面包师/裱花师|面包、蛋糕制作；可培训学徒|noodle_chef,milk_tea|none
milk_tea|奶茶店员|catering|4-03-02,4-01|H62|3000-5000|m,h|two,half|奶茶店员/饮品店员/奶茶师/水吧员|做饮品、收银、打扫；排班制|barista,waiter|none
barista|咖啡师|catering|4-03-02|H62|4000-6500|m|two|咖啡师/咖啡店员/barista|制作咖啡、拉花、接待|milk_tea|senior_high
bbq|烧烤师傅|catering|4-03-02,4-03|H62|6000-10000|m|night|烧烤师傅/烤串师傅/烧烤学徒|夜宵店烤串、调料；晚上上班|cook|none
tea_waiter|茶楼服务员|catering|4-03-02,4-14|H62|3200-4500|m|two|茶楼服务员/茶艺师/茶馆服务员|泡茶、接待、打扫茶室|waiter,tea_artist|none
tea_artist|茶艺师|hospitality|4-03-02,4-14|H62,R90|4000-6500|m|day|茶艺师/茶艺员|茶艺表演、接待客人；有茶艺证优先|tea_waiter|senior_high
nanny|住家保姆|domestic|4-10-01,4-10|O80|5000-8000|m|day|住家保姆/保姆/家政阿姨/住家阿姨|做饭、打扫、照看老人或孩子；住雇主家|hourly_cleaner,yuesao,elder_carer|none
yuesao|月嫂|domestic|4-10-01,4-10|O80|8000-15000|m|day|月嫂/母婴护理员/金牌月嫂|照顾产妇和新生儿，26天一单；有证优先|nanny,yuying|none
yuying|育婴师|domestic|4-10-01,4-10|O80|5500-9000|m|day|育婴师/育儿嫂/带孩子阿姨|照看0-3岁婴幼儿饮食起居、早教|yuesao,nanny|none
hourly_cleaner|钟点工|domestic|4-10-01,4-10|O80|3000-5000|h|flex,half|钟点工/小时工保洁/家政保洁|上门打扫卫生，按小时计费，时间自己安排|cleaner,nanny|none
elder_carer|养老护理员|domestic|4-10-01,4-14-01,4-10|Q85,O80|3800-5500|m|two|养老护理员/护理员/养老院护工|养老院老人起居照料、喂饭、翻身|hospital_carer,nanny|none
hospital_carer|医院护工|domestic|4-14-01,4-10-01|Q84|4000-6500|m,d|two|护工/医院陪护/陪护|医院病人陪护、生活照料|elder_carer|none
cleaner|保洁员|cleaning_security|4-10,4-07,4-09|O80,K70,N78|2200-3500|m|day,half|保洁员/保洁/清洁工/保洁阿姨|负责楼道、办公区卫生；工作轻松|pw_cleaner,hourly_cleaner,sanitation|none
sanitation|环卫工|cleaning_security|4-09,4-10|N78|2500-3500|m|day|环卫工/道路清扫工/环卫工人|道路清扫、垃圾清运|cleaner,pw_cleaner|none
security|保安|cleaning_security|4-07-05,4-07,3-02|L72,K70|3000-4800|m|two,day|保安/保安员/门卫/秩序维护员|小区、工厂门岗值班、巡逻；有保安证优先|doorman,pw_guard|none
doorman|门卫|cleaning_security|4-07-05,3-02|L72,C39,P83|2200-3500|m|day|门卫/看门/门岗|学校或厂区门口登记、看守|security|none
property_butler|物业管家|cleaning_security|4-06-01,4-06|K70|3500-5500|m|day|物业管家/物业客服/小区管家|业主接待、收费、报修跟进|property_repair,front_desk|associate
property_repair|物业维修工|cleaning_security|4-06-01,6-31|K70|3800-5500|m|day|物业维修工/小区维修/工程维修|小区水电、门窗维修|electrician,plumber|junior_middle
car_wash|洗车工|auto|4-12-01,4-10|O81|3000-5000|m,d|day|洗车工/洗车/汽车美容学徒|洗车、打蜡、内饰清洁|car_beauty|none
mason|泥瓦工|construction|6-29-04,6-29|E50,E47|7000-12000|d|day|泥瓦工/瓦工/贴砖师傅/泥工|贴砖、砌墙、找平；日结或按平方|tiler,plumber,site_labor|none
tiler|瓷砖美缝工|construction|6-29-04,6-29|E50|6000-10000|p,d|day|美缝工/瓷砖美缝师傅/美缝|瓷砖美缝施工，按米计|mason,painter|none
carpenter|木工|construction|6-29-04,6-29,6-06|E50,E47|7000-12000|d|day|木工/装修木工/吊顶木工/模板工|吊顶、柜子、木门安装|woodworker,mason|none
steel_worker|钢筋工|construction|6-29-01,6-29|E47,E48|7000-11000|d|day|钢筋工/扎钢筋/钢筋班组|钢筋绑扎、制作；工地包住|site_labor,scaffolder|none
scaffolder|架子工|construction|6-29-01,6-29|E47|7500-12000|d|day|架子工/脚手架搭设|搭拆脚手架；持架子工证|steel_worker,site_labor|none
plumber|水电安装工|construction|6-29-03,6-29|E49,E50|6000-10000|d,m|day|水电工/水电安装/水电师傅/管道工|家装水电布线、开槽、安装|electrician,mason|junior_middle
painter|油漆工|construction|6-29-04,6-29|E50|6500-10000|d|day|油漆工/腻子工/刷墙师傅/乳胶漆工|刮腻子、打磨、刷乳胶漆|sprayer,mason|none
site_labor|建筑小工|construction|6-29,8-00|E47,E48|4500-7000|d|day|小工/工地小工/杂工/建筑小工|工地搬运、清理、配合师傅干活|loader,steel_worker|none
waterproof|防水工|construction|6-29-04,6-29|E50|6000-9000|d,p|day|防水工/防水师傅/卫生间防水|屋面、卫生间防水施工|mason,painter|none
excavator|挖掘机司机|construction|6-30,6-29|E48,B10|8000-14000|m|day|挖掘机司机/挖机师傅/钩机司机|操作挖掘机土方作业；有操作证|crane_driver,truck_driver|junior_middle
crane_driver|塔吊司机|construction|6-30,6-29|E47|8000-13000|m|long|塔吊司机/塔司/塔吊信号工|操作塔吊；持证上岗|excavator|junior_middle
ac_installer|空调安装工|repair|6-29-03,4-12|O81,F52|6000-12000|p|day|空调安装工/空调安装师傅/空调维修|空调上门安装、移机，旺季收入高|appliance_repair,electrician|junior_middle
appliance_repair|家电维修|repair|4-12,4-12-02|O81|4500-8000|c,m|day|家电维修/家电维修师傅/上门维修|冰箱洗衣机等上门维修|ac_installer,phone_repair|junior_middle
phone_repair|手机维修|repair|4-12,4-12-02|O81|4000-7000|c,m|day|手机维修/手机维修学徒/手机维修工程师|手机换屏、主板维修|computer_repair,appliance_repair|senior_high
computer_repair|电脑维修|it|4-12-02,4-04-02|O81,I65|4000-6500|m|day|电脑维修/电脑维修工程师/IT运维/网管|电脑装机、系统、网络故障处理|net_admin,phone_repair|senior_high
net_admin|网络管理员|it|4-04-02,2-02-10|I65,I63|4500-7500|m|day|网络管理员/网管/网络运维|公司网络、服务器、监控维护|computer_repair|associate
sales_clerk|导购员|retail|4-01-02,4-01|F52|3500-6000|c,m|two|导购/导购员/店员/营业员/门店销售|门店接待顾客、介绍商品、陈列|cashier,stocker|none
cashier|收银员|retail|4-01,4-01-02|F52|3000-4500|m|two|收银员/收银/超市收银|超市收银、对账；会用电脑|sales_clerk,stocker|junior_middle
stocker|理货员|retail|4-01,4-02-06|F52|3000-4500|m|two,night|理货员/超市理货/补货员|上货、整理货架、检查日期|cashier,warehouse_clerk|none
ecom_cs|电商客服|retail|4-01-02,4-04|F52,I64|3500-6000|m|two,flex|电商客服/淘宝客服/网店客服/在线客服|在线回复买家咨询、处理售后；打字快|phone_cs,ecom_ops|senior_high
ecom_packer|电商打包员|retail|4-02-06,6-31|F52,G59|3500-5500|m,p|day|打包员/电商打包/发货员|网店订单拣货、打包、发货|warehouse_clerk,packer|none
ecom_ops|电商运营|retail|4-01-02,2-06-07|F52,I64|5000-9000|c,m|day|电商运营/淘宝运营/拼多多运营/店铺运营|店铺上新、活动策划、数据分析|ecom_cs,anchor|associate
anchor|带货主播|media|4-01-02,2-09,4-13|F52,I64|5000-15000|c|flex|带货主播/直播带货/主播/抖音主播|直播间介绍产品带货；底薪加提成；无经验可培训|live_assistant,ecom_ops|none
live_assistant|直播助理|media|4-01-02,4-13|F52,I64|4000-6500|m|flex|直播助理/场控/助播/中控|配合主播上链接、控场、回复评论|anchor,ecom_cs|senior_high
sales_rep|销售代表|retail|4-01-02,2-06-07|F51,K70,C14|4000-10000|c|day|销售代表/业务员/销售专员/市场专员|开发客户、维护渠道；底薪加提成|phone_sales,realty_agent|senior_high
phone_sales|电话销售|retail|4-01-02,4-07|L72,J68|3500-9000|c|day|电话销售/电销/电话客服|电话邀约客户、介绍产品|sales_rep,phone_cs|senior_high
realty_agent|房产经纪人|retail|4-06,4-01-02|K70|4000-12000|c|day|房产经纪人/置业顾问/房产中介/房产销售|带看房源、促成交易；高提成|sales_rep|senior_high
pharmacy_clerk|药店店员|health|4-01-02,2-05-06|F52|3200-5000|m|two|药店店员/药店营业员/药房营业员|药品陈列、销售、收银|pharmacist,sales_clerk|senior_high
pharmacist|药剂师|health|2-05-06|F52,Q84|5000-8000|m|two|药剂师/执业药师/药师|处方审核、用药指导；持执业药师证|pharmacy_clerk|associate
truck_driver|货车司机|driver|4-02-02,4-02|G54|7000-13000|m,p|day,night|货车司机/大车司机/重卡司机/半挂司机/A2司机|长途或短途货运；A2或B2驾照|van_driver,excavator|junior_middle
van_driver|小货车司机|driver|4-02-02,4-02|G54,F51|5000-8000|m|day|送货司机/小货车司机/配送司机/C1司机|市内送货，会装卸；C1驾照|truck_driver,company_driver,courier|junior_middle
bus_driver|公交司机|driver|4-02-02,4-02-01|G54|5000-7500|m|two|公交司机/客车司机/校车司机/A1司机|城市公交或校车驾驶；A1/A3驾照|company_driver|junior_middle
company_driver|商务司机|driver|4-02-02,3-01|L72,K70|5000-7000|m|day|商务司机/公司司机/小车司机/专职司机|接送领导和客户；C1驾照，驾龄三年以上|van_driver,ridehail|senior_high
ridehail|网约车司机|driver|4-02-02|G54,I64|6000-12000|p|flex|网约车司机/滴滴司机/快车司机|平台接单，租车或自带车，时间自由|company_driver,van_driver|none
clerk|行政文员|office|3-01,3-99|L72,C39,K70|3500-5000|m|day|行政文员/文员/办公室文员/行政助理|文件整理、考勤、接待、办公用品|front_desk,data_entry,hr|associate
front_desk|前台|office|3-01,4-03-01|L72,K70|3200-4800|m|day|前台/前台接待/公司前台|来访接待、接听电话、收发快递|clerk,hotel_front|senior_high
data_entry|录入员|office|3-01,3-99|L72,I65|3000-4500|m,p|day,flex|录入员/数据录入/打字员/资料录入|电脑录入资料；会打字即可，可在家|clerk,ecom_cs|senior_high
accountant|会计|office|2-06-03|L72,C39,F51|4000-7000|m|day|会计/主办会计/总账会计/财务会计|账务处理、报税；有初级证|cashier_fin,clerk|associate
cashier_fin|出纳|office|2-06-03,3-01|L72,F52|3500-5000|m|day|出纳/财务出纳/出纳员|现金收付、银行对账|accountant,clerk|associate
hr|人事专员|office|2-06-08,3-01|L72,C39|4000-6500|m|day|人事专员/HR/招聘专员/人事行政|招聘、入离职、社保办理|clerk|associate
phone_cs|客服专员|office|4-07,4-04,3-99|L72,I64|3500-5500|m|two|客服专员/客服/话务员/热线客服|接听热线、解答咨询、记录工单|ecom_cs,phone_sales|senior_high
logistics_cs|物流客服|logistics|4-02,3-01|G58|3500-5000|m|two|物流客服/物流文员/跟单员|订单跟踪、客户沟通|dispatcher,phone_cs|senior_high
java_dev|Java开发工程师|it|2-02-10,4-04-05|I65|8000-15000|m|day|Java开发工程师/Java工程师/后端开发|Java后端开发、接口编写；熟悉Spring|php_dev,tester|bachelor
php_dev|PHP开发工程师|it|2-02-10,4-04-05|I65|6000-11000|m|day|PHP开发/PHP程序员/PHP工程师|网站后台开发，熟悉ThinkPHP、MySQL|java_dev,frontend|associate
frontend|前端开发|it|2-02-10,4-04-05|I65,I64|7000-13000|m|day|前端开发/Web前端/前端工程师/H5开发|Vue页面开发、小程序|php_dev,ui_designer|associate
tester|软件测试|it|2-02-10,4-04-05|I65|6000-10000|m|day|软件测试/测试工程师/功能测试|编写用例、功能测试、提交缺陷|java_dev|associate
ui_designer|UI设计师|it|4-08-08,2-09|I65,I64|6000-11000|m|day|UI设计师/UI设计/交互设计|App和网页界面设计|graphic_designer,frontend|associate
graphic_designer|平面设计|media|4-08-08,2-09|L72,F52,I64|4000-8000|m|day|平面设计/美工/淘宝美工/设计师|海报、详情页设计；会PS、AI|ui_designer,video_editor|associate
video_editor|视频剪辑|media|2-10,4-13,4-08-08|R87,I64|5000-9000|m|day|视频剪辑/剪辑师/短视频剪辑|短视频拍摄剪辑；会PR、剪映|graphic_designer,new_media|associate
new_media|新媒体运营|media|2-10-02,4-13|I64,L72|4500-8000|m|day|新媒体运营/公众号运营/抖音运营/文案策划|公众号、抖音内容策划与发布|video_editor,ecom_ops|associate
primary_teacher|小学教师|education|2-08-03,2-08|P83|4000-6500|m|day|小学教师/小学语文老师/小学数学老师/任课教师|承担小学学科教学；有教师资格证|tutor,kinder_teacher|bachelor
kinder_teacher|幼儿园教师|education|2-08-04,2-08|P83|3000-5000|m|day|幼师/幼儿园老师/幼儿教师/保育员|组织幼儿一日活动；有幼师证优先|nursery_aide,primary_teacher|associate
nursery_aide|保育员|education|2-08-04,4-10-01|P83|2500-3800|m|day|保育员/幼儿园保育员/生活老师|幼儿生活照料、教室卫生|kinder_teacher,yuying|junior_middle
tutor|托管辅导老师|education|2-08-03,4-13|P83|2500-5000|m,h|half,flex|托管老师/辅导老师/作业辅导/课后托管老师|放学后接孩子、辅导作业；下午上班|primary_teacher,kinder_teacher|associate
english_teacher|英语老师|education|2-08-03,2-08|P83|5000-9000|m,h|day,wknd|英语老师/少儿英语老师/英语培训老师|少儿英语培训授课；周末课多|tutor,primary_teacher|bachelor
art_teacher|美术老师|education|2-08,2-09|P83|4000-7000|m,h|wknd,half|美术老师/少儿美术老师/书法老师|少儿美术、书法兴趣班授课|english_teacher,tutor|associate
driving_coach|驾校教练|education|2-08-02,4-13|P83|5000-8000|m|day|驾校教练/驾驶教练/科目二教练|科目二、科目三教学；有教练证|company_driver|senior_high
vocational_trainer|职业技能培训讲师|education|2-08-02,4-13|P83|5000-8000|m|day|培训讲师/技能培训老师/电工培训讲师|给学员讲授电工、焊工、电商等技能课|primary_teacher|associate
nurse|护士|health|2-05-08,2-05|Q84|4000-7000|m|two|护士/注册护士/护理/病房护士|病房护理、输液、记录；有护士执业证|elder_carer,dental_nurse|associate
dental_nurse|口腔护士|health|2-05-08,2-05-01|Q84|4000-6000|m|day|口腔护士/牙科护士/牙科助理|配合医生诊疗、器械消毒|nurse|associate
doctor|临床医生|health|2-05-01,2-05|Q84|7000-15000|m|day|临床医生/全科医生/内科医生|门诊接诊；有执业医师证|village_doctor,tcm_doctor|bachelor
village_doctor|乡村医生|health|2-05-01,2-05|Q84|3000-5000|m|day|乡村医生/村医/卫生室医生|村卫生室常见病诊治、公共卫生服务|doctor,nurse|senior_high
tcm_doctor|中医师|health|2-05-02,2-05|Q84|6000-12000|m|day|中医师/中医医生/针灸推拿医师|中医门诊、针灸推拿|doctor,rehab|associate
rehab|康复治疗师|health|2-05-07,2-05|Q84,Q85|4500-7500|m|day|康复治疗师/康复师/理疗师|患者康复训练、理疗|massage,tcm_doctor|associate
lab_tech|医学检验员|health|2-05-07,6-31-03|Q84|4000-6500|m|two|检验技师/检验员/化验员/核酸检测员|样本检验、核酸检测|nurse|associate
massage|按摩师|beauty|4-14,4-10|O80,Q84|4000-9000|c|night,two|按摩师/推拿师/足疗技师/盲人按摩师|保健按摩、足疗；可培训；欢迎盲人按摩师|rehab,beautician|none
hair_stylist|发型师|beauty|4-10,4-14|O80|5000-12000|c|two|发型师/理发师/剪发师傅/美发师|剪发、烫染设计；提成高|hair_assistant|none
hair_assistant|美发助理|beauty|4-10,4-14|O80|3000-4500|m,c|two|美发助理/洗头工/洗头小工/美发学徒|洗头、吹发、协助发型师；包教包会|hair_stylist|none
beautician|美容师|beauty|4-10,4-14|O80|4000-8000|c|two|美容师/美容顾问/皮肤管理师|面部护理、身体护理、顾客维护|nail_tech,massage|none
nail_tech|美甲师|beauty|4-10,4-14|O80|4000-8000|c|two|美甲师/美睫师/美甲学徒|美甲、美睫；可培训|beautician|none
pet_groomer|宠物美容师|beauty|4-10,5-03|O82|3500-6500|m|day|宠物美容师/宠物店员/宠物洗护|给猫狗洗澡、修剪；喜欢小动物|pet_groomer|none
hotel_front|酒店前台|hospitality|4-03-01,3-01|H61|3200-4800|m|two|酒店前台/前台接待/宾馆前台|入住退房、收银、接电话|front_desk,room_attendant|senior_high
room_attendant|客房服务员|hospitality|4-03-01,4-03|H61|3000-4500|m,p|day|客房服务员/客房阿姨/做房员/酒店保洁|打扫客房、更换布草；按间计|cleaner,hotel_front|none
ktv_waiter|KTV服务员|hospitality|4-03-02,4-14|R90|3500-5500|m|night|KTV服务员/KTV包厢服务员/夜场服务员|包厢服务、送酒水、打扫；晚班|waiter|none
tour_guide|导游|hospitality|4-07,4-14|L72|3500-8000|c,d|flex|导游/地接导游/景区讲解员|带团讲解、安排行程；有导游证|tea_artist|associate
farm_worker|农场工人|agriculture|5-01,5-05|A01|3000-4500|d,m|day|农场工人/农业工人/种植工/基地工人|蔬菜、果树种植管理、施肥|fruit_picker,greenhouse|none
fruit_picker|采摘工|agriculture|5-01,5-05|A01|3000-5000|d,p|day|采摘工/摘果工/采茶工/摘橘子|柑橘、茶叶采摘；季节性用工，按天记工|farm_worker|none
greenhouse|大棚种植工|agriculture|5-01,5-05|A01|3500-5000|m,d|day|大棚工人/蔬菜大棚管理/大棚种植|大棚蔬菜育苗、浇水、采收|farm_worker|none
pig_farm|养殖场饲养员|agriculture|5-03,5-05|A03|4500-7500|m|day|饲养员/养猪场饲养员/养殖工/猪场技术员|猪只饲喂、清粪、防疫；全封闭管理|poultry,fish_farm|none
poultry|养鸡场工人|agriculture|5-03|A03|4000-6000|m|day|养鸡场工人/鸡场饲养员/蛋鸡饲养|喂鸡、捡蛋、清理鸡舍|pig_farm|none
fish_farm|水产养殖员|agriculture|5-04,5-05|A04|4000-6500|m|day|水产养殖员/鱼塘管理/小龙虾养殖|投喂、水质管理、捕捞|pig_farm|none
agri_tech|农业技术员|agriculture|2-03,5-05|A05,M75|4000-7000|m|day|农技员/农业技术员/植保员/种植技术员|田间技术指导、病虫害防治|drone_pilot,farm_worker|associate
drone_pilot|植保无人机飞手|agriculture|5-05,2-03|A05|6000-12000|p,d|day|植保无人机飞手/无人机飞手/飞防手|操作植保无人机喷药；有执照优先，可培训|agri_tech|junior_middle
beekeeper|养蜂工|agriculture|5-03,5-99|A03|3500-5500|m|day|养蜂工/蜂场工人/养蜂学徒|蜂箱管理、摇蜜、转场|farm_worker|none
forest_ranger|护林员|public_welfare|5-02,4-09|N77,A02|1200-2000|m|day|护林员/生态护林员/林场护林员|山林巡护、防火宣传；公益性岗位|river_patrol,pw_cleaner|none
river_patrol|巡河员|public_welfare|4-09,5-02|N76|1200-2000|m|day|巡河员/河道保洁员/护河员|河道巡查、清理漂浮物|forest_ranger,pw_cleaner|none
pw_cleaner|公益性岗位保洁|public_welfare|4-09,4-10|N78,S96|1500-2200|m|day,half|公益性岗位保洁员/村级保洁员/公益岗保洁|村庄、街道保洁；公益性岗位|cleaner,sanitation|none
traffic_assist|交通协管员|public_welfare|3-02,4-07|S92|2000-3000|m|two|交通协管员/协管员/路口协管|路口疏导、劝导文明出行|grid_worker,security|junior_middle
grid_worker|社区网格员|public_welfare|3-01,4-07|S96|2200-3500|m|day|网格员/社区网格员/社区工作者|入户走访、信息采集、疫情排查|traffic_assist,clerk|senior_high
pw_guard|公益性岗位安保|public_welfare|4-07-05,3-02|S96|1500-2500|m|two|公益岗治安巡逻员/治安员/村治安巡防员|村社区治安巡逻|security,traffic_assist|none
epidemic_worker|防疫消杀员|public_welfare|4-09,4-10|N78,Q84|3000-4500|m,d|day|消杀员/防疫消毒员/环境消杀工|公共场所消毒、测温登记|cleaner,grid_worker|none
auto_mech|汽修工|auto|4-12-01|O81|4500-9000|m|day|汽修工/汽车维修工/汽修师傅/机修工|汽车保养、故障维修|auto_paint,tire_tech,auto_apprentice|junior_middle
auto_apprentice|汽修学徒|auto|4-12-01|O81|2500-4000|m|day|汽修学徒/汽修小工/汽车保养工|跟师傅学习保养、换油|auto_mech,car_wash|none
auto_paint|汽车钣金喷漆|auto|4-12-01,6-22|O81|6000-10000|m|day|钣金工/喷漆工/钣喷师傅|事故车钣金修复、喷漆|auto_mech,sprayer|junior_middle
tire_tech|补胎工|auto|4-12-01|O81|4000-6000|m|day|补胎工/轮胎工/换胎师傅|补胎、换胎、四轮定位|auto_mech,car_wash|none
car_beauty|汽车美容|auto|4-12-01,4-10|O81|4000-7000|c|day|汽车美容/贴膜师傅/汽车美容技师|贴膜、镀晶、精洗|car_wash|none
mover|搬家工|logistics|4-02-05,4-10|O80|5000-8000|d|day|搬家师傅/搬家工/搬运工|上门搬家、拆装家具|loader|none
photographer|摄影师|media|4-08-08,2-09|O80|4000-8000|c|day|摄影师/婚纱摄影/影楼摄影|婚纱、儿童摄影|video_editor|associate
wedding_host|婚庆主持|media|2-09,4-14|O80|4000-10000|p|wknd|婚礼主持/司仪/婚庆策划|婚礼主持、现场策划|photographer|senior_high
boiler|锅炉工|factory|6-28,6-31|D44,C13|4000-6000|m|two|锅炉工/司炉工/锅炉操作员|锅炉运行值班；持司炉证|electrician,maintenance|junior_middle
weighbridge|司磅员|logistics|3-01,4-02-06|B10,C30|3000-4500|m|day|司磅员/过磅员/磅房文员|过磅、开单、记账|warehouse,clerk|senior_high
tailor|裁缝|repair|6-05-01,4-10|O80|3500-6000|p,m|day|裁缝/改衣师傅/服装修改|裁剪、改衣、修补|sewing|none
locksmith|开锁换锁师傅|repair|4-12,4-10|O80|4000-7000|p|flex|开锁师傅/换锁师傅|上门开锁换锁；需公安备案|appliance_repair|junior_middle
butcher|屠宰分割工|factory|6-01,6-02|C13|5000-8000|m,p|two|屠宰工/分割工/肉类分割|猪肉分割、修整；冷库作业|food_worker|none
miner|井下采煤工|factory|6-16|B06|8000-13000|m|two|采煤工/井下工人/矿工|井下采掘；持证培训上岗|site_labor|junior_middle
sign_language|手语翻译|education|2-10-05,2-07|S95,Q85|3500-5500|m|day|手语翻译/手语老师|为听障人士提供手语服务|sign_language|associate
"""

FAMILIES = {
    "factory": "工厂", "logistics": "物流", "catering": "餐饮", "domestic": "家政护理",
    "cleaning_security": "保洁保安物业", "construction": "建筑装修", "repair": "维修安装",
    "it": "IT", "retail": "零售销售电商", "media": "直播设计传媒", "health": "医疗卫生",
    "education": "教育培训", "beauty": "美容美发", "hospitality": "酒店旅游",
    "agriculture": "农业", "public_welfare": "公益性岗位", "auto": "汽车服务",
    "office": "办公室", "driver": "司机",
}


def _parse():
    out = {}
    for line in KINDS_TXT.strip().splitlines():
        p = line.split("|")
        assert len(p) == 12, line
        lo, hi = (int(x) for x in p[5].split("-"))
        out[p[0]] = {
            "key": p[0], "name": p[1], "family": p[2], "occ": p[3].split(","), "ind": p[4].split(","),
            "pay": (lo, hi), "cycles": p[6].split(","), "schedules": p[7].split(","),
            "titles": p[8].split("/"), "duties": p[9].split("；"),
            "near": [k for k in p[10].split(",") if k and k != p[0]], "edu": p[11],
        }
    return out


KINDS = _parse()

# cities: prefecture label, counties used (code, name), flavour (which families are common there)
CITIES = [
    ("周口", [("411681", "项城"), ("411625", "郸城")], "county"),
    ("南阳", [("411302", "宛城"), ("411381", "邓州")], "city"),
    ("信阳", [("411525", "固始")], "county"),
    ("商丘", [("411481", "永城")], "county"),
    ("南充", [("511302", "顺庆"), ("511381", "阆中")], "city"),
    ("绵阳", [("510703", "涪城")], "city"),
    ("达州", [("511702", "通川"), ("511724", "大竹")], "county"),
    ("宜宾", [("511502", "翠屏")], "city"),
    ("柳州", [("450205", "柳北")], "city"),
    ("玉林", [("450981", "北流"), ("450921", "容县")], "county"),
    ("桂林", [("450321", "阳朔")], "county"),
    ("遵义", [("520303", "汇川"), ("520382", "仁怀")], "city"),
    ("毕节", [("520502", "七星关")], "county"),
    ("黔东南", [("522601", "凯里")], "county"),
    ("赣州", [("360702", "章贡"), ("360731", "于都")], "city"),
    ("上饶", [("361102", "信州")], "city"),
    ("九江", [("360428", "都昌")], "county"),
    ("邵阳", [("430582", "邵东"), ("430502", "双清")], "city"),
    ("怀化", [("431202", "鹤城")], "city"),
    ("衡阳", [("430481", "耒阳")], "county"),
    ("岳阳", [("430626", "平江")], "county"),
    ("阜阳", [("341202", "颍州"), ("341221", "临泉")], "city"),
    ("六安", [("341522", "霍邱"), ("341502", "金安")], "county"),
    ("安庆", [("340881", "桐城")], "county"),
    ("荆州", [("421088", "监利")], "county"),
    ("孝感", [("420902", "孝南")], "city"),
    ("黄冈", [("421181", "麻城")], "county"),
    ("天水", [("620502", "秦州")], "city"),
    ("曲靖", [("530381", "宣威")], "county"),
    ("汉中", [("610702", "汉台")], "city"),
    ("义乌", [("330782", "义乌")], "county"),
    ("东莞", [("441900", "东莞")], "city"),
    ("中山", [("442000", "中山")], "city"),
    ("儋州", [("460400", "儋州")], "county"),
    ("嘉峪关", [("620200", "嘉峪关")], "city"),
]

# employer archetypes: key, how many employers, name pattern, kinds they post, industry, style weights
# style: std (standard HR wording), floor (shop-floor / agency hype), plain (county, terse, often bad)
ARCHETYPES = [
    ("electronics", 2, "{p}{w}电子科技有限公司", "pugong,assembler,smt,qc,packer,forklift,maintenance,battery_worker,injection", "C39", "floor"),
    ("garment", 1, "{p}{w}服饰有限公司", "sewing,garment_helper,shoe_worker,packer,qc", "C18", "floor"),
    ("machinery", 2, "{p}{w}机械制造有限公司", "cnc,lathe,welder,mold_worker,sprayer,qc,forklift,maintenance", "C34", "std"),
    ("food", 2, "{p}{w}食品有限公司", "food_worker,packer,butcher,boiler,qc,forklift,pugong", "C14", "std"),
    ("furniture", 1, "{p}{w}家具厂", "woodworker,sprayer,packer", "C21", "plain"),
    ("workshop", 2, "{p}{w}扶贫车间", "poverty_workshop,packer,garment_helper", "C41", "plain"),
    ("agency", 2, "{p}{w}人力资源服务有限公司", "pugong,assembler,smt,injection,packer,sorter,security", "L72", "floor"),
    ("logistics", 2, "{p}{w}物流有限公司", "sorter,loader,warehouse,warehouse_clerk,dispatcher,forklift,logistics_cs,truck_driver,van_driver,weighbridge,courier", "G59", "std"),
    ("delivery", 2, "{p}{w}外卖配送站", "rider,courier", "I64", "floor"),
    ("restaurant", 4, "{p}{w}餐饮", "waiter,cook,kitchen_helper,dishwasher,passer,noodle_chef,hotpot_waiter,bbq", "H62", "plain"),
    ("drinks", 1, "{p}{w}茶饮店", "milk_tea,barista,baker,tea_waiter,tea_artist", "H62", "std"),
    ("canteen", 1, "{p}{w}餐饮管理有限公司", "canteen_cook,kitchen_helper,dishwasher", "H62", "std"),
    ("housekeeping", 2, "{p}{w}家政服务有限公司", "nanny,yuesao,yuying,hourly_cleaner,elder_carer,hospital_carer,cleaner", "O80", "std"),
    ("property", 2, "{p}{w}物业服务有限公司", "security,doorman,cleaner,property_butler,property_repair,electrician", "K70", "std"),
    ("construction", 2, "{p}{w}建筑装饰工程有限公司", "mason,tiler,carpenter,steel_worker,scaffolder,plumber,painter,site_labor,waterproof,excavator,crane_driver,electrician", "E50", "plain"),
    ("supermarket", 2, "{p}{w}超市", "cashier,stocker,sales_clerk,warehouse_clerk,van_driver", "F52", "plain"),
    ("ecommerce", 2, "{p}{w}电子商务有限公司", "ecom_cs,ecom_packer,ecom_ops,anchor,live_assistant,graphic_designer,video_editor,new_media", "F52", "std"),
    ("sales", 1, "{p}{w}房地产营销策划有限公司", "realty_agent,sales_rep,phone_sales,phone_cs", "K70", "floor"),
    ("pharmacy", 1, "{p}{w}大药房连锁有限公司", "pharmacy_clerk,pharmacist", "F52", "std"),
    ("hospital", 2, "{p}{w}医院", "nurse,doctor,dental_nurse,lab_tech,rehab,tcm_doctor,hospital_carer", "Q84", "std"),
    ("clinic", 1, "{p}{w}乡镇卫生院", "village_doctor,nurse,lab_tech", "Q84", "plain"),
    ("eldercare", 1, "{p}{w}养老服务中心", "elder_carer,nurse,rehab,canteen_cook,cleaner", "Q85", "std"),
    ("school", 2, "{p}{w}学校", "primary_teacher,kinder_teacher,nursery_aide,tutor,english_teacher,art_teacher,doorman", "P83", "std"),
    ("training", 1, "{p}{w}职业培训学校", "vocational_trainer,driving_coach,english_teacher,art_teacher,tutor", "P83", "std"),
    ("it", 2, "{p}{w}网络科技有限公司", "java_dev,php_dev,frontend,tester,ui_designer,net_admin,computer_repair,clerk,hr", "I65", "std"),
    ("office", 2, "{p}{w}商贸有限公司", "clerk,front_desk,accountant,cashier_fin,hr,data_entry,company_driver,sales_rep", "F51", "std"),
    ("salon", 2, "{p}{w}美业", "hair_stylist,hair_assistant,beautician,nail_tech,massage", "O80", "plain"),
    ("hotel", 1, "{p}{w}大酒店", "hotel_front,room_attendant,waiter,security,tour_guide,ktv_waiter", "H61", "std"),
    ("farm", 2, "{p}{w}农业专业合作社", "farm_worker,fruit_picker,greenhouse,agri_tech,drone_pilot,beekeeper", "A01", "plain"),
    ("livestock", 2, "{p}{w}养殖有限公司", "pig_farm,poultry,fish_farm,agri_tech", "A03", "std"),
    ("public", 4, "{p}人力资源和社会保障局", "forest_ranger,river_patrol,pw_cleaner,sanitation,traffic_assist,grid_worker,pw_guard,epidemic_worker", "S94", "std"),
    ("autorepair", 1, "{p}{w}汽车服务有限公司", "auto_mech,auto_apprentice,auto_paint,tire_tech,car_beauty,car_wash", "O81", "plain"),
    ("repairshop", 1, "{p}{w}家电维修部", "ac_installer,appliance_repair,phone_repair,computer_repair,locksmith,tailor", "O81", "plain"),
    ("transport", 1, "{p}{w}运输有限公司", "truck_driver,bus_driver,ridehail,van_driver", "G54", "std"),
    ("lifeservice", 1, "{p}{w}生活服务中心", "mover,photographer,wedding_host,pet_groomer,tailor", "O80", "plain"),
    ("mine", 1, "{p}{w}矿业有限公司", "miner,weighbridge,excavator,boiler,electrician", "B06", "std"),
    ("welfare", 2, "{p}{w}残疾人就业服务中心", "massage,data_entry,phone_cs,ecom_cs,packer,sign_language", "Q85", "std"),
    ("entertainment", 1, "{p}{w}KTV", "ktv_waiter,bbq,waiter", "R90", "floor"),
]

NAME_WORDS = ["宏达", "鑫源", "恒丰", "金诺", "惠民", "佳和", "福满", "兴旺", "顺意", "新辉", "永盛", "众诚",
              "乐邦", "欣悦", "润泽", "康宁", "安泰", "诚信", "家和", "锦程", "天一", "益民", "富康", "聚力",
              "瑞丰", "红星", "向阳", "青禾", "百川", "合力", "万家", "嘉禾", "星辰", "蓝天", "德美", "同心"]
