# ruff: noqa: E501
"""Data tables for relevance_v8: job kinds, places, employers. Written from my own knowledge.

KINDS, one entry per job kind, three lines each:
    key | family | name | occupation codes (first = precise, then coarser/neighbouring) | industry |
        monthly pay lo-hi | pay cycles (m month, d day, h hour, p piece, c base+commission, w week) |
        typical education (n none, j 初中, s 高中/中专, a 大专, b 本科) | employment (f full, p part, t temporary,
        i internship, x flexible) | schedules (L 长白班, T 两班倒, S 做六休一, W 双休, R 排班轮休, F 时间自由,
        E 晚班, K 周末) | related kinds
    titles (/-separated; the first is the standard title)
    duties (/-separated)
"""

from __future__ import annotations

KINDS_TEXT = """
pugong|factory|普工|6-25,6-31,6-99|C39|4500-6500|m,p,h|n|f,t|T,L|assembler,smt,packer,injection,shoe_worker,food_factory
  普工/操作工/生产普工/电子厂普工/流水线操作工/进厂普工/电子厂操作员
  流水线组装、插件、打螺丝/按作业指导书操作设备/产品外观检查与包装/坐着作业，流水线节拍不快
smt|factory|SMT操作员|6-25,6-31|C39|5000-7000|m|j|f|T|pugong,quality_insp,assembler
  SMT操作员/SMT技术员/贴片操作工/SMT普工/SMT炉前炉后
  贴片机上料、换料、看机/AOI检查贴片质量/配合技术员调机/记录生产报表
assembler|factory|装配工|6-20,6-24,6-31|C34|4800-7000|m,p|j|f|L,T|pugong,cnc,machine_repair
  装配工/组装工/总装工/装配钳工/电器装配工
  按图纸装配零部件/使用气动工具、电批装配/装配后自检并记录/配合班长完成产量
quality_insp|factory|质检员|6-31-03,6-31|C39|4500-6500|m|s|f|L,T|pugong,smt,lab_tech
  质检员/QC/品检员/IPQC/检验员/QC品检
  来料、过程、成品检验/填写检验记录/不良品隔离与反馈/首件确认
cnc|factory|CNC操机员|6-18-01,6-18,6-20|C34|5500-9000|m,p|j|f|T|mould,assembler,welder
  CNC操机员/CNC学徒/数控车床操作工/CNC编程员/加工中心操机
  装夹工件、对刀、首件检验/一人看多台机床/简单编程与调机/量具使用
welder|factory|电焊工|6-18-02,6-19,6-29|C33|7000-11000|m,d|n|f,t|L|cnc,rebar,assembler
  电焊工/焊工/氩弧焊工/二保焊工/电焊师傅
  钢结构、铁件焊接/看懂简单图纸/持焊工证上岗/焊缝打磨
sewing|factory|缝纫工|6-05-01,6-05|C18|5000-9000|m,p|n|f|L|garment_finish,shoe_worker
  缝纫工/车位/平车工/服装厂车工/制衣厂车位/车缝工
  服装缝制、平车/包缝、锁边/按工序计件
garment_finish|factory|后道整烫工|6-05-01,6-05|C18|4000-6000|m,p|n|f|L|sewing,packer
  整烫工/后道/剪线头/查衫/后整理工
  成衣整烫、剪线头/查货、挂吊牌/折叠包装
shoe_worker|factory|鞋厂工人|6-05,6-31|C19|5000-8000|m,p|n|f|L,T|sewing,pugong
  鞋厂针车工/成型工/鞋厂普工/针车/鞋面刷胶工
  鞋面针车/成型流水线刷胶、贴底/鞋子检验、包装
packer|factory|包装工|6-31,6-99|C41|4000-5500|m,p,h|n|f,t|L|pugong,sorter,loader
  包装工/打包员/包装普工/装箱工
  产品装箱、封箱、贴标/清点数量/成品码放
injection|factory|注塑工|6-14,6-31|C29|4800-6800|m|n|f|T|pugong,mould
  注塑工/注塑机操作员/啤机工/注塑普工
  看注塑机、取件/修披锋、自检/协助换模
mould|factory|模具工|6-21,6-18,6-20|C35|6500-10000|m|s|f|L|cnc,injection,machine_repair
  模具工/模具钳工/修模师傅/模具学徒
  模具装配、修模、保养/配合试模/读懂模具图
machine_repair|factory|设备维修工|6-31-01,6-31|C34|6000-9000|m|s|f|T|electrician,mould,assembler
  设备维修工/机修/机电维修工/设备技术员
  生产设备日常保养/设备故障排除/电气、气动线路检修
electrician|factory|电工|6-31-01,6-29-03,6-31|C38|5500-8500|m|s|f|R,L|machine_repair,plumber_elec,property_mgr
  电工/持证电工/低压电工/值班电工/维修电工
  配电房值班、线路巡检/设备电气维修/持低压电工证
furniture|factory|家具厂工人|6-06,6-31|C21|5500-9000|m,p|n|f|L|carpenter_form,painter,pugong
  家具厂木工/家具油漆工/开料工/封边工/家具打磨工/家具安装工
  板式家具开料、封边、打孔/实木家具打磨、喷漆/家具包装与装车
ceramics|factory|陶瓷厂工人|6-15,6-31|C30|5000-7500|m,p|n|f|T|pugong,packer
  陶瓷厂普工/瓷砖拣选工/釉线工/窑炉工/陶瓷包装工
  瓷砖分拣、打包/釉线看线/窑炉看火记录
craft_worker|factory|民族工艺品工人|6-09,6-05|C24|3000-5000|p,m|n|f,p|F|sewing,shoe_worker
  蜡染工/刺绣工/银饰加工师傅/苗绣绣娘/手工艺品制作
  蜡染画蜡、染色/苗绣刺绣/银饰錾刻、打磨/可带回家做
printing|factory|印刷工|6-08|C23|5000-8000|m|j|f|T|pugong,packer
  印刷机长/印刷工/模切工/印刷学徒/彩盒糊盒工
  印刷机操作/模切、糊盒/印品质量检查
lab_tech|factory|化验员|6-31-03,6-31|C26|4500-6000|m|a|f|L,W|quality_insp
  化验员/检测员/实验室化验员/品控化验
  原料、成品理化检验/检测数据记录/仪器维护
tea_process|food|制茶工|6-02,6-01|C15|4000-7000|m,p,d|n|f,t|L|tea_picker,tea_master,tea_sales
  制茶工/茶厂工人/制茶师傅/炒茶师傅/杀青工/茶叶拣梗工
  鲜叶摊青、杀青、揉捻/烘干与拣梗/茶叶分装、包装
food_factory|food|食品厂普工|6-02,6-01,6-31|C14|4000-6000|m,p,h|n|f,t|T,L|pugong,packer,baker
  食品厂普工/食品包装工/食品生产线工人/螺蛳粉包装工/海产品加工工人
  食品生产线操作/包装、封口、装箱/按食品卫生规定着装/原料清洗、分拣
courier|logistics|快递员|4-02-07,4-02|G60|6000-10000|p,m|n|f|S|sorter,food_delivery,loader
  快递员/快递派送员/快递小哥/收派员/顺丰快递员/中通快递员
  片区快递派送与揽收/手机APP签收/电动车公司提供
sorter|logistics|分拣员|4-02-07,4-02-06,4-02|G60|4500-6500|h,d,m|n|f,t|T|courier,loader,warehouse
  分拣员/快递分拣/包裹分拣员/仓库分拣员/中转场分拣
  包裹扫描、分拣、装袋/上下货/夜班分拣
food_delivery|logistics|外卖骑手|4-02-07,4-02,4-03-02|I64|6000-12000|p|n|f,p,x|F|courier,errand
  外卖骑手/美团骑手/饿了么骑手/外卖配送员/专送骑手/众包骑手
  按系统派单取餐送餐/遵守交通规则/电动车可租可自备
errand|logistics|跑腿员|4-02-07,4-99|O80|4000-8000|p|n|x,p|F|food_delivery,courier
  跑腿员/同城配送员/闪送员/跑腿小哥
  同城代买代送/文件、鲜花、蛋糕配送
loader|logistics|装卸工|4-02-05,4-02|G59|5000-8000|p,d|n|f,t|R|sorter,warehouse,packer,site_laborer
  装卸工/搬运工/装卸搬运工/卸货工/装车工
  货车装卸、搬运货物/货物码放整齐/配合仓库出货
warehouse|logistics|仓管员|4-02-06,4-02,3-01|G59|4000-6000|m|s|f|L,W|sorter,loader,clerk,forklift
  仓管员/仓库管理员/仓库文员/库管/仓库主管
  出入库登记、盘点/ERP系统录入/货物摆放管理
dispatcher|logistics|物流调度|4-02,3-01|G58|5000-7500|m|a|f|W|warehouse,truck_driver,clerk
  物流调度/车辆调度/物流跟单/物流专员
  车辆安排与路线调度/在途跟踪/异常件处理
forklift|logistics|叉车司机|6-30,4-02-05,4-02-06|G59|5500-8000|m|j|f|T,L|loader,warehouse,truck_driver
  叉车司机/叉车工/电动叉车司机/持证叉车工/叉车师傅
  仓库货物叉运、装卸车/叉车日常保养/持叉车证
truck_driver|driver|货车司机|4-02-02,4-02|G54|8000-13000|m,d|j|f|R|van_driver,chauffeur,forklift
  货车司机/A2司机/B2货车司机/大车司机/半挂司机/厢式货车司机
  长途或市内货物运输/车辆日常检查/持A2或B2驾照
van_driver|driver|送货司机|4-02-02,4-02|G54|5000-7000|m,d|n|f|S|truck_driver,courier,chauffeur
  送货司机/C1司机/面包车司机/配送司机/小货车司机
  市内送货、配送门店/协助装卸/持C1驾照
bus_driver|driver|客车司机|4-02-02,4-02|G54|6000-9000|m|j|f|R|truck_driver,chauffeur,ride_hailing
  公交司机/大巴司机/旅游大巴司机/A1司机/客车驾驶员/观光车司机
  景区或线路客运/出车前安全检查/持A1或A3驾照
ride_hailing|driver|网约车司机|4-02-02,4-02|G54|6000-12000|c,p|n|f,x|F|chauffeur,bus_driver,van_driver
  网约车司机/滴滴司机/出租车司机/网约车带车司机
  平台接单载客/车辆由公司提供/网约车资格证可协助办理
chauffeur|driver|商务司机|4-02-02|L72|5000-8000|m|s|f|W|ride_hailing,van_driver
  商务司机/小车司机/公司司机/专职司机
  接送领导、客户/车辆清洁保养/熟悉本地道路
excavator|construction|挖机司机|6-30,6-29|E48|9000-15000|m|j|f|R|crane,truck_driver,site_laborer
  挖机司机/挖掘机操作手/勾机师傅/挖机师傅/挖机学徒
  工地挖掘、平整场地/设备日常保养/持挖掘机操作证
crane|construction|塔吊司机|6-30,6-29|E47|8000-13000|m|j|f|L|excavator,scaffolder
  塔吊司机/塔吊指挥/汽车吊司机/信号工
  塔吊操作/持证上岗/配合地面信号指挥
chef|catering|厨师|4-03-02,4-03|H62|6000-12000|m|n|f|S|kitchen_helper,canteen_cook,bbq,noodle_cook
  厨师/炒锅/中餐厨师/厨师长/滇菜厨师/川菜厨师/大厨/炒菜师傅
  菜品烹饪、出品/研发新菜/厨房卫生与食材管理
kitchen_helper|catering|帮厨|4-03-02|H62|3500-5000|m,d|n|f,t|S|chef,dishwasher,canteen_cook
  帮厨/切配/打荷/厨工/配菜员/后厨杂工
  洗菜、切配、打荷/协助厨师出品/后厨清洁
waiter|catering|服务员|4-03-02,4-03|H62|3500-5000|m,h,d|n|f,p|S|kitchen_helper,dishwasher,cashier,restaurant_mgr,tea_shop
  服务员/餐厅服务员/传菜员/火锅店服务员/楼面服务员/迎宾
  点菜、上菜、收台/接待客人/保持餐区整洁
dishwasher|catering|洗碗工|4-03-02|H62|3000-4200|m,d,h|n|f,p|S|kitchen_helper,cleaner,waiter
  洗碗工/洗碗阿姨/洗碗保洁/餐具清洗员
  餐具清洗、消毒/后厨地面卫生
barista|catering|咖啡师|4-03-02|H62|4000-6000|m,h|s|f,p|R|tea_shop,waiter,baker
  咖啡师/咖啡店店员/Barista/咖啡学徒
  制作咖啡饮品/收银与吧台清洁/豆子与物料管理
tea_shop|catering|奶茶店员|4-03-02,4-01-02|H62|3500-5000|h,m|n|f,p|R|barista,cashier,waiter
  奶茶店员/茶饮店员/奶茶师/饮品店员/水吧员/椰子水店员
  制作奶茶、果茶饮品/点单收银/门店卫生
baker|catering|烘焙师|4-03-02,6-02|H62|4500-7000|m|n|f|S|barista,food_factory,noodle_cook
  烘焙师/面包师/蛋糕师/裱花师/烘焙学徒/鲜花饼师傅
  面包、蛋糕制作/裱花/原料与成品管理
noodle_cook|catering|粉面师傅|4-03-02|H62|4500-7000|m|n|f|S|chef,kitchen_helper,baker
  米粉师傅/螺蛳粉师傅/面点师/早餐店师傅/粉店师傅/米线师傅
  煮粉、熬汤、配料/早餐出品/面点制作
bbq|catering|烧烤师傅|4-03-02|H62|5000-8000|m,d|n|f,p|E|chef,kitchen_helper
  烧烤师傅/烤串师傅/夜宵烧烤师傅/烤鱼师傅
  烤串、腌料/夜宵档口出品/炭火管理
canteen_cook|catering|食堂厨师|4-03-02|H62|4500-6500|m|n|f|L|chef,kitchen_helper,dishwasher
  食堂厨师/大锅菜厨师/食堂阿姨/食堂帮工/工厂食堂厨师
  员工食堂大锅菜/早中晚餐制作/食堂卫生
restaurant_mgr|catering|餐厅店长|4-03-02,1-06|H62|6000-10000|m,c|s|f|S|waiter,store_mgr
  餐厅店长/楼面经理/餐饮主管/门店经理/前厅主管
  门店日常运营/员工排班与培训/成本与卫生管理
tea_master|catering|茶艺师|4-03-02|H62|3500-6000|m,c|s|f|R|tea_sales,waiter,tea_process
  茶艺师/茶艺员/茶馆服务员/泡茶师/茶室服务员
  泡茶、茶艺展示/接待茶客/茶叶推荐
hotel_front|hospitality|酒店前台|4-03-01,4-03|H61|3500-5000|m|s|f|R|homestay,room_attendant,receptionist
  酒店前台/前台接待/客栈前台/宾馆前台/前厅接待员
  入住退房办理/接听电话、处理预订/客人咨询
room_attendant|hospitality|客房服务员|4-03-01,4-03|H61|3200-4800|m,p|n|f,t|R|hotel_front,homestay,cleaner
  客房服务员/客房阿姨/做房员/PA/酒店保洁/布草员
  客房清扫、换床单布草/补充客用品/公共区域卫生
homestay|hospitality|民宿管家|4-03-01,4-03|H61|3500-5500|m|s|f|R|hotel_front,room_attendant,travel_consultant
  民宿管家/客栈管家/民宿前台/民宿运营/客栈店长
  客人接待、入住/房间整理、布草/订单平台维护、回复点评
tour_guide|hospitality|导游|4-07,4-13|L72|4000-10000|c,d,m|a|f,x|F|scenic_staff,travel_consultant,bus_driver
  导游/地接导游/全陪导游/景区导游/持证导游/研学导师
  带团讲解/行程安排/游客安全/持导游证
scenic_staff|hospitality|景区服务员|4-07,4-09|N78|3000-4500|m|s|f,t|R|tour_guide,security,cleaner
  景区检票员/景区讲解员/游船服务员/景区服务员/竹筏工/索道服务员
  检票、引导游客/景点讲解/秩序维护
travel_consultant|hospitality|旅游顾问|4-07,4-01-02|L72|4000-8000|c,m|a|f|W|tour_guide,homestay,salesperson
  旅游顾问/计调/旅游销售/OTA运营/旅行社门市
  线路咨询与销售/计调排团/OTA平台接单
lifeguard|hospitality|救生员|4-14|R89|4000-6000|m|s|f,t|R|dive_coach,security
  救生员/泳池救生员/海滩救生员/酒店救生员
  泳池、海边安全巡视/溺水急救/持救生员证
dive_coach|hospitality|潜水教练|4-14|R89|6000-15000|c,m|s|f|R|lifeguard,tour_guide
  潜水教练/潜导/OW潜水教练/冲浪教练/水上项目教练
  游客潜水、冲浪带领与教学/装备检查
ktv_staff|hospitality|KTV服务员|4-14,4-03-02|R90|3500-5500|m|n|f,p|E|waiter,cashier
  KTV服务员/量贩KTV服务员/包房服务员/KTV收银
  包房服务/酒水小吃配送/设备调试
nanny|domestic|保姆|4-10-01,4-10|O80|4500-7500|m|n|f|F|childcare,hourly_worker,elder_care,yuesao
  住家保姆/保姆/家政阿姨/不住家保姆/做饭阿姨
  做饭、家务/照看老人或孩子/按雇主要求
yuesao|domestic|月嫂|4-10-01|O80|8000-15000|m|j|f|F|childcare,nanny
  月嫂/母婴护理师/金牌月嫂/产后护理员
  新生儿护理/产妇月子餐/母婴护理
childcare|domestic|育儿嫂|4-10-01|O80|6000-9000|m|j|f|F|yuesao,nanny,kindergarten
  育儿嫂/带娃阿姨/育婴师/早教阿姨
  照看婴幼儿、做辅食/早期启蒙/宝宝洗澡、哄睡
elder_care|domestic|养老护理员|4-10-01,4-14-01|Q85|4000-6500|m|n|f|R|nanny,nurse,rehab
  养老护理员/护工/养老院护理员/陪护/医院护工
  老人生活照料/协助翻身、喂饭/陪同就医
hourly_worker|domestic|钟点工|4-10-01,4-09|O80|3500-6000|h,d|n|p,x|F|cleaner,nanny
  钟点工/小时工/家政保洁员/擦玻璃师傅/深度保洁师傅
  上门家庭保洁/擦窗、收纳整理/开荒保洁
cleaner|cleaning|保洁员|4-09,4-06-01,4-10|K70|2500-3800|m,h|n|f,p|L|room_attendant,hourly_worker,sanitation,dishwasher
  保洁员/保洁阿姨/清洁工/写字楼保洁/商场保洁/医院保洁
  公共区域清扫、拖地/垃圾清运/卫生间保洁
security|cleaning|保安|4-07-05,3-02,4-06-01|L72|3000-4500|m|n|f|R|property_mgr,parking,scenic_staff
  保安/保安员/小区保安/门岗/巡逻保安/安保队员
  门岗值守、巡逻/来访登记/消防巡查
property_mgr|cleaning|物业管家|4-06-01,4-06|K70|3500-5500|m|a|f|R|security,cleaner,electrician
  物业管家/物业客服/物业专员/物业前台
  业主接待、报事报修/物业费催缴/小区巡检
sanitation|cleaning|环卫工|4-09|N78|2800-3800|m|n|f|L|cleaner,gardener
  环卫工/道路保洁员/垃圾清运工/环卫工人/垃圾车司机
  道路清扫/垃圾收运/果皮箱清洁
gardener|cleaning|绿化工|4-09,5-02,5-05|N78|3000-4500|m,d|n|f,t|L|sanitation,greenhouse,flower_worker
  绿化工/园林工/绿化养护工/园艺工
  绿化修剪、浇水施肥/苗木种植/草坪养护
parking|cleaning|停车场收费员|4-06,4-07|K70|2800-3800|m|n|f|R|security,cashier
  停车场收费员/停车管理员/车场岗亭/停车场管理员
  停车收费/车辆引导/岗亭卫生
rebar|construction|钢筋工|6-29-01,6-29|E47|8000-12000|d,m|n|f,t|L|carpenter_form,mason,scaffolder,welder
  钢筋工/钢筋师傅/绑钢筋工/钢筋班组/钢筋下料工
  钢筋下料、绑扎/按图施工/配合验收
carpenter_form|construction|木工|6-29-01,6-29|E47|8000-13000|d,m|n|f,t|L|rebar,mason,furniture
  木工/模板工/支模木工/木工师傅/建筑木工
  支模、拆模/模板加工/按图施工
mason|construction|泥瓦工|6-29-01,6-29-04|E47|7000-11000|d,m|n|f,t|L|tiler,rebar,site_laborer
  泥瓦工/砌砖工/抹灰工/泥工/瓦工/砖工
  砌墙、抹灰/地面找平/配合验收
tiler|construction|贴砖工|6-29-04,6-29|E50|8000-13000|d,p|n|f,t|L|mason,painter,waterproof
  贴砖师傅/瓷砖工/铺砖工/装修泥工/瓷砖美缝师傅
  墙地砖铺贴/美缝/找平
painter|construction|油漆工|6-29-04|E50|7000-11000|d,m|n|f,t|L|tiler,mason,waterproof
  油漆工/刷墙师傅/乳胶漆工/腻子工/外墙涂料工
  批腻子、刷乳胶漆/木器漆/外墙涂料
plumber_elec|construction|水电工|6-29-03,6-29|E49|7000-11000|d,m|n|f,t|L|electrician,tiler,appliance_repair
  水电工/水电安装工/装修水电师傅/水电维修工/管道工
  水电管线安装/开槽布管/水电维修
scaffolder|construction|架子工|6-29-01,6-29|E47|8000-12000|d|n|f,t|L|rebar,crane
  架子工/脚手架工/外架工/爬架工
  脚手架搭设、拆除/持架子工证/高处作业
site_laborer|construction|建筑小工|6-29,6-29-01|E47|5000-7000|d|n|t,f|L|mason,rebar,loader
  建筑小工/工地杂工/小工/搬砖小工/工地普工
  搬运材料、清理场地/配合师傅干活
site_engineer|construction|施工员|2-02-18,6-29|E47|6000-10000|m|a|f|S|surveyor,rebar
  施工员/土建施工员/现场技术员/资料员/安全员
  现场施工管理/质量安全检查/施工资料整理
surveyor|construction|测量员|4-08-03,2-02-18|E48|5000-8000|m|s|f|S|site_engineer
  测量员/测量工/测绘员/放线员/测量学徒
  工程测量放线/全站仪、RTK操作/数据整理
waterproof|construction|防水工|6-29-04,6-29|E50|7000-10000|d,p|n|f,t|L|painter,tiler
  防水工/防水师傅/卫生间防水/屋面防水工
  屋面、卫生间防水施工/补漏/闭水试验
cashier|retail|收银员|4-01-02,4-01|F52|3000-4500|m,h|n|f,p|R|shop_assistant,stocker,tea_shop
  收银员/超市收银员/收银/前台收银/收银理货员
  收银、扫码/找零对账/顾客服务
shop_assistant|retail|营业员|4-01-02,4-01|F52|3500-6000|c,m|n|f,p|R|cashier,stocker,store_mgr
  营业员/导购/店员/门店销售/服装导购/手机店店员
  商品陈列与销售/顾客接待/库存整理
stocker|retail|理货员|4-01,4-01-02|F52|3000-4200|m,h|n|f,p|R|cashier,shop_assistant,warehouse
  理货员/超市理货员/陈列员/补货员/生鲜理货员
  上货、补货、陈列/临期商品检查/卖场整理
fruit_clerk|retail|水果店店员|4-01-02,4-01|F52|3500-5000|m,c|n|f,p|R|cashier,shop_assistant,fruit_picker
  水果店店员/水果店营业员/生鲜店员/水果店理货/果切师
  水果挑选、上架/称重收银/切果拼盘
store_mgr|retail|店长|4-01,1-06,4-01-02|F52|6000-10000|c,m|s|f|R|shop_assistant,restaurant_mgr
  店长/门店店长/储备店长/店长助理/超市店长
  门店经营管理/人员排班/业绩达成
salesperson|retail|销售代表|4-01-02,4-01|F51|4000-10000|c,m|s|f|W|telesales,shop_assistant,auto_sales
  销售代表/业务员/销售专员/业务代表/区域业务员/建材销售
  客户开发与维护/产品推广/回款跟进
telesales|retail|电话销售|4-01-02,4-07|L72|4000-8000|c|s|f|W|salesperson,customer_service
  电话销售/电销/网络销售/电话邀约专员
  电话、微信邀约客户/产品讲解/客户资料维护
estate_agent|retail|房产经纪人|4-06,4-01-02|K70|5000-12000|c|s|f|R|salesperson,property_mgr
  房产经纪人/置业顾问/房产销售/二手房经纪人
  房源带看/客户接待、签约/房源维护
insurance_agent|retail|保险代理人|4-05,4-01-02|J68|4000-10000|c|s|f|F|salesperson,telesales
  保险代理人/保险顾问/理财顾问/保险客户经理
  客户开发/保险产品讲解/理赔协助
pharmacy_clerk|retail|药店营业员|4-01-02,2-05-06|F52|3500-5000|m,c|s|f|R|pharmacist,cashier,shop_assistant
  药店营业员/药店店员/药店导购/医药营业员
  药品陈列、销售/顾客用药咨询/收银
tea_sales|retail|茶叶销售|4-01-02,4-01|F52|4000-8000|c|n|f|R|tea_master,shop_assistant,tea_process
  茶叶销售/茶叶店店员/茶叶导购/茶叶网店客服
  茶叶门店销售/线上接单/试茶介绍
auto_sales|auto|汽车销售|4-01-02|F52|4000-12000|c|s|f|R|salesperson,auto_mechanic
  汽车销售顾问/汽车销售/4S店销售/二手车销售
  展厅接待/试乘试驾/成交跟进
live_streamer|media|带货主播|4-01-02,4-04|I64|5000-15000|c|n|f,p|E|ecom_ops,ecom_cs,video_editor
  带货主播/直播主播/电商主播/直播助理/农产品主播/抖音主播
  直播带货讲解/配合运营选品/粉丝互动
ecom_cs|media|电商客服|4-07,4-01-02,4-04|I64|3500-5500|m,c|s|f|R|customer_service,ecom_ops,telesales
  电商客服/淘宝客服/网店客服/售前客服/售后客服/拼多多客服
  后台回复买家咨询/处理退换货/订单备注
ecom_ops|media|电商运营|4-01-02,2-06-07|I64|5000-10000|m,c|a|f|W|live_streamer,designer,ecom_cs
  电商运营/淘宝运营/拼多多运营/抖音运营/店铺运营
  店铺日常运营/活动策划与推广/数据分析
designer|media|美工|4-08-08,2-09|M74|4500-8000|m|a|f|W|ecom_ops,video_editor,photographer
  美工/平面设计/淘宝美工/设计师/电商美工/UI设计
  店铺页面、主图设计/海报、宣传物料/PS、AI熟练
video_editor|media|短视频剪辑|4-08-08,2-10|R87|5000-9000|m|a|f|W|designer,live_streamer,new_media
  短视频剪辑/视频剪辑师/剪辑师/拍摄剪辑/短视频编导
  短视频拍摄与剪辑/选题策划/Pr、剪映熟练
new_media|media|新媒体运营|2-10,4-04|I64|4500-7500|m|b|f|W|video_editor,ecom_ops,clerk
  新媒体运营/公众号运营/文案策划/自媒体运营/文案
  公众号、抖音内容策划/文案撰写/粉丝运营
photographer|media|摄影师|4-08-08,2-09|O80|5000-12000|c,m|s|f|F|makeup,video_editor,designer
  摄影师/旅拍摄影师/婚纱摄影师/摄影助理/跟拍摄影
  旅拍、婚纱拍摄/后期修图/客片交付
clerk|office|文员|3-01,3-99|L72|3500-5000|m|a|f|W|receptionist,data_entry,hr,warehouse
  文员/行政文员/办公室文员/行政助理/内勤/行政专员
  文件整理、资料录入/办公用品管理/来访接待
receptionist|office|前台|3-01,4-03-01|L72|3500-5000|m|a|f|W|clerk,hotel_front
  前台/前台接待/前台文员/公司前台
  来访接待/电话转接/快递收发
accountant|office|会计|2-06-03,3-01|L72|4500-8000|m|a|f|W|clerk,hr
  会计/出纳/财务/总账会计/记账会计/财务助理
  账务处理、报税/出纳收付款/财务报表
hr|office|人事专员|2-06-08,3-01|L72|4500-7000|m|a|f|W|clerk,accountant
  人事专员/招聘专员/HR/人事行政/人事助理
  招聘、入离职办理/考勤薪酬/员工关系
data_entry|office|数据录入员|3-01,4-04|L72|3200-4500|m|s|f|W|clerk,customer_service
  录入员/数据录入员/打字员/资料员/数据标注员
  数据、单据录入/资料核对/图片标注
customer_service|office|客服专员|4-07,3-01|L72|3500-5500|m|s|f|R|ecom_cs,telesales,data_entry
  客服/客服专员/话务员/热线客服/在线客服
  电话或在线解答咨询/投诉处理/客户回访
java_dev|it|Java开发工程师|2-02-10,4-04-05|I65|9000-16000|m|b|f|W|web_dev,it_ops
  Java开发工程师/Java工程师/后端开发/Java程序员/大数据开发
  后端接口开发/数据库设计/参与需求评审
web_dev|it|前端开发|2-02-10,4-04-05|I65|7000-13000|m|a|f|W|java_dev,designer
  前端开发/Web前端/PHP开发工程师/小程序开发/H5开发/程序员
  页面与小程序开发/PHP接口开发/联调测试
it_ops|it|网管/运维|4-04-02,4-04-05,2-02-10|I65|4500-7500|m|a|f|R|computer_repair,java_dev
  网管/IT运维/网络管理员/系统运维/桌面运维
  网络、电脑日常维护/服务器巡检/监控设备维护
computer_repair|repair|电脑维修|4-12-02,4-04-02|O81|4000-7000|m,c|s|f|R|phone_repair,it_ops
  电脑维修/电脑维修工程师/打印机维修/上门维修工程师
  电脑、打印机维修/上门安装调试/组装电脑
phone_repair|repair|手机维修|4-12-02,4-12|O81|4000-8000|m,c|n|f|R|computer_repair,shop_assistant
  手机维修/手机维修学徒/手机维修师傅/手机换屏
  手机换屏、换电池/主板维修/贴膜
appliance_repair|repair|家电维修|4-12,4-12-02|O81|6000-10000|p,m|n|f|R|plumber_elec,electrician,computer_repair
  家电维修/空调安装工/空调维修/家电安装师傅/空调安装师傅
  空调、热水器安装维修/上门服务/高处作业需系安全带
ev_repair|repair|电动车维修|4-12|O81|4000-6500|m|n|f|R|auto_mechanic,tire
  电动车维修/电瓶车维修/摩托车维修/电动车修理学徒
  电动车、摩托车维修/更换电瓶配件/门店销售配合
kindergarten|education|幼儿园老师|2-08-04,4-13|P83|3000-5000|m|a|f|W|tutor,childcare,care_teacher
  幼儿园老师/幼师/保育员/幼儿教师/配班老师/幼儿园生活老师
  幼儿保教/一日活动组织/家园沟通
tutor|education|辅导老师|2-08-03,4-13|P83|4000-8000|m,h|b|f,p|E|english_teacher,care_teacher,kindergarten
  辅导老师/学科老师/家教/初中数学老师/小学全科老师/语文老师
  学科辅导/作业批改/家长沟通
english_teacher|education|英语老师|2-08-03,4-13|P83|5000-9000|m|b|f,p|R|tutor,kindergarten
  英语老师/少儿英语老师/英语教师/英语助教
  英语课堂教学/课程设计/口语陪练
care_teacher|education|托管老师|4-13,2-08-03|P83|3000-4500|m,h|a|f,p|L|tutor,kindergarten,childcare
  托管老师/午托老师/晚托老师/生活老师/托管班老师
  学生午托、作业辅导/接送与生活照料
driving_coach|education|驾校教练|4-13,4-02-02|P83|5000-9000|c,m|s|f|R|chauffeur,truck_driver
  驾校教练/教练员/科目二教练/科目三教练
  学员驾驶培训/教练车保养/持教练员证
nurse|health|护士|2-05-08,2-05|Q84|4000-7000|m|a|f|R|doctor,elder_care,pharmacist
  护士/护理人员/注册护士/门诊护士/口腔护士/护士长
  临床护理/执行医嘱/持护士执业证
doctor|health|医生|2-05-01,2-05|Q84|8000-15000|m|b|f|R|nurse,tcm_doctor
  临床医生/全科医生/医师/乡镇卫生院医生/内科医生/口腔医生
  门诊接诊/病历书写/持医师执业证
tcm_doctor|health|中医医师|2-05-02,2-05|Q84|7000-12000|m|b|f|R|doctor,massage,rehab
  中医师/中医医生/针灸推拿医师/中医理疗师/民族医医师
  中医诊疗/针灸推拿/开具中药处方
pharmacist|health|药师|2-05-06,2-05|Q84|5000-8000|m|a|f|R|pharmacy_clerk,nurse
  药师/执业药师/驻店药师/药剂员/中药调剂员
  处方审核/用药指导/药品管理
massage|health|按摩师|4-14,4-10|O80|5000-10000|c,p|n|f|E|tcm_doctor,rehab,beautician
  按摩师/推拿师/足疗师/足浴技师/盲人按摩师/采耳师
  保健按摩、推拿/足疗/泰式按摩
rehab|health|康复治疗师|2-05-07,2-05|Q84|5000-8000|m|a|f|W|massage,nurse,elder_care
  康复治疗师/康复师/理疗师/康复技师
  康复评定与训练/理疗仪器操作/康复计划
hairdresser|beauty|发型师|4-10,4-10-01|O80|5000-12000|c|n|f|R|hair_assistant,beautician
  发型师/美发师/理发师/剪发师傅/发型总监/Tony老师
  剪发、烫染/顾客沟通/造型设计
hair_assistant|beauty|美发助理|4-10|O80|3000-4500|c,m|n|f|R|hairdresser,beautician
  美发助理/洗头工/洗发师/美发学徒/烫染助理
  洗头、吹发/协助烫染/店面卫生
beautician|beauty|美容师|4-10,4-14|O80|4500-9000|c|n|f|R|nail_artist,hairdresser,massage
  美容师/美容顾问/皮肤管理师/美容学徒/美容院技师
  面部护理、皮肤管理/顾客服务/仪器操作
nail_artist|beauty|美甲师|4-10|O80|4000-8000|c|n|f,p|R|beautician,makeup
  美甲师/美睫师/美甲美睫师/美甲学徒
  美甲、美睫服务/店面整理/款式设计
makeup|beauty|化妆师|4-10,2-09|O80|5000-10000|c,d|n|f,x|F|nail_artist,photographer
  化妆师/跟妆师/新娘化妆师/旅拍化妆师/民族服饰化妆
  新娘跟妆、旅拍妆造/服装搭配
tea_picker|agriculture|采茶工|5-01,5-05|A01|3000-6000|d,p|n|t,f|L|tea_process,fruit_picker,greenhouse
  采茶工/茶园工人/采茶/茶园管理工/茶园工
  采摘鲜叶/茶园除草、施肥/茶树修剪
fruit_picker|agriculture|水果采摘工|5-01,5-05|A01|3500-6000|d,p|n|t,f|L|tea_picker,greenhouse,fruit_clerk,packer
  采摘工/芒果采摘工/柑橘采摘工/果园工人/水果分拣包装工/脐橙采摘工/咖啡豆采摘工
  水果采摘、分拣、装箱/果园修枝/套袋、疏果
greenhouse|agriculture|种植工|5-01,5-05|A01|3000-4500|d,m|n|f,t|L|fruit_picker,flower_worker,agri_tech
  种植工/大棚工人/蔬菜基地工人/种植基地工人/农场工人
  蔬菜大棚种植、采收/浇水、施肥/育苗移栽
flower_worker|agriculture|花卉工|5-01|A01|3500-5000|d,p,m|n|f,t|L|greenhouse,gardener,packer
  花卉种植工/鲜花包装工/花卉基地工人/鲜切花分级工/花卉打包工
  鲜花采切、分级、打包/温室管理/物流装箱
fish_farmer|agriculture|水产养殖工|5-04,5-05|A04|4000-6500|m|n|f|R|livestock,fishing_crew
  水产养殖工/鱼塘管理员/养鱼工人/对虾养殖工/看塘工人/稻田养鱼
  鱼塘投料、巡塘/水质检测/配合捕捞
livestock|agriculture|畜禽饲养员|5-03,5-05|A03|4500-7000|m|n|f|R|fish_farmer,agri_tech
  饲养员/养猪场饲养员/养鸡场工人/养殖场技术员/养牛工人
  喂料、清栏/防疫消毒/记录生长情况
agri_tech|agriculture|农技员|2-03,5-05|A05|4500-7500|m|a|f|L|greenhouse,drone_pilot,livestock
  农技员/植保员/农艺师/种植技术员/茶叶技术员
  种植技术指导/病虫害防治/田间记录
drone_pilot|agriculture|植保无人机飞手|5-05,4-99,2-03|A05|6000-12000|p,d|j|f,t|F|agri_tech,greenhouse
  植保无人机飞手/无人机飞手/无人机驾驶员/植保飞手
  无人机喷药作业/设备维护/作业记录
rubber_tapper|agriculture|割胶工|5-02,5-05|A02|4000-7000|p|n|f|F|fruit_picker,tea_picker
  割胶工/胶工/橡胶园割胶工/胶园工人
  凌晨割胶、收胶/胶园除草、施肥
fishing_crew|agriculture|渔船船员|5-04,4-02-03|A04|7000-12000|m,p|n|f|R|fish_farmer
  渔船船员/海上捕捞船员/渔工/渔船水手
  出海捕捞、起网/渔获分拣、冰鲜
auto_mechanic|auto|汽修工|4-12-01,4-12|O81|5000-9000|m|n|f|R|tire,car_wash,auto_beauty,ev_repair
  汽修工/汽车维修工/汽车机修工/汽修学徒/汽车钣金工/汽车喷漆工
  车辆保养、故障维修/钣金、喷漆/配合质检
car_wash|auto|洗车工|4-12,4-12-01|O81|3500-5000|m,p|n|f,p|R|auto_beauty,auto_mechanic
  洗车工/洗车美容工/洗车小工/精洗技师
  车辆清洗、内饰清洁/打蜡/店面整理
auto_beauty|auto|汽车美容|4-12-01,4-12|O81|5000-9000|p,m|n|f|R|car_wash,auto_mechanic
  汽车美容师/贴膜师傅/汽车贴膜/改色膜师傅/镀晶技师
  贴膜、镀晶、抛光/车辆内饰翻新
tire|auto|补胎工|4-12-01,4-12|O81|4500-7000|m|n|f|R|auto_mechanic,car_wash
  补胎师傅/轮胎工/汽车快修工/换胎工/四轮定位技师
  补胎、换胎、四轮定位/快修保养
"""


def _parse() -> dict[str, dict]:
    lines = [ln for ln in KINDS_TEXT.strip("\n").split("\n") if ln.strip()]
    kinds = {}
    for i in range(0, len(lines), 3):
        head, titles, duties = lines[i], lines[i + 1].strip(), lines[i + 2].strip()
        key, family, name, occs, ind, pay, cycles, edu, emp, sched, related = head.split("|")
        lo, hi = (int(x) for x in pay.split("-"))
        kinds[key] = {
            "key": key, "family": family, "name": name, "occs": occs.split(","), "industry": ind,
            "pay": (lo, hi), "cycles": cycles.split(","), "edu": edu, "emp": emp.split(","),
            "sched": sched.split(","), "related": [r for r in related.split(",") if r],
            "titles": titles.split("/"), "duties": duties.split("/"),
        }
    return kinds


KINDS = _parse()

# the county-level places of this world (~30 cities), with the short name used in ad text
PLACES = {
    "530102": "五华区", "530111": "官渡区", "530114": "呈贡区", "530181": "安宁市",          # 昆明
    "532801": "景洪市", "532822": "勐海县", "532823": "勐腊县",                             # 西双版纳
    "530802": "思茅区", "530821": "宁洱",                                                 # 普洱
    "532901": "大理市", "532924": "宾川县",                                                 # 大理
    "530702": "古城区", "530721": "玉龙",                                                 # 丽江
    "532504": "弥勒市",                                                 # 红河
    "520115": "观山湖区", "520111": "花溪区", "520102": "南明区",                            # 贵阳
    "520328": "湄潭县", "520302": "红花岗区",                                               # 遵义
    "522601": "凯里市", "522634": "雷山县", "522636": "丹寨县",                              # 黔东南
    "520402": "西秀区",                                                                     # 安顺
    "450107": "西乡塘区", "450103": "青秀区", "450126": "宾阳县",                            # 南宁
    "450204": "柳南区", "450206": "柳江区",                                                 # 柳州
    "450321": "阳朔县", "450305": "七星区",                                                 # 桂林
    "450902": "玉州区", "450981": "北流市",                                                 # 玉林
    "451002": "右江区", "451022": "田东县",                                                 # 百色
    "460106": "龙华区", "460108": "美兰区",                                                 # 海口
    "460203": "吉阳区", "460204": "天涯区",                                                 # 三亚
    "469002": "琼海市", "460400": "儋州市",                                                 # 海南
    "350102": "鼓楼区", "350181": "福清市",                                                 # 福州
    "350206": "湖里区", "350211": "集美区", "350203": "思明区",                              # 厦门
    "350582": "晋江市", "350524": "安溪县",                              # 泉州
    "350782": "武夷山市", "350982": "福鼎市",                                               # 南平, 宁德
    "360113": "红谷滩区", "360121": "南昌县", "360111": "青山湖区",                          # 南昌
    "360703": "南康区", "360702": "章贡区", "360722": "信丰县",                              # 赣州
    "361130": "婺源县",                                                                     # 上饶
    "500103": "渝中区", "500108": "南岸区", "500107": "九龙坡区", "500106": "沙坪坝区",       # 重庆
    "500236": "奉节县",
    "441900": "东莞市", "442000": "中山市", "620200": "嘉峪关市",
}

# employers: name, [(region, town or ""), ...], industry, kinds, number of vacancies, flags
#   flags: g graduates welcome, p poverty workshop, m migrant workers, v veterans, d disabled, h Hubei,
#          e employment difficulty, k key enterprise (bigger headcount), s small shop, a agency
EMPLOYERS_TEXT = """
东莞市恒泰精密电子有限公司|441900:长安镇|C39|pugong,smt,quality_insp,injection,mould,machine_repair,forklift,warehouse,canteen_cook|14|m,h,k
东莞市虎门鑫源服装有限公司|441900:虎门镇|C18|sewing,garment_finish,packer,quality_insp|8|m
东莞众诚人力资源服务有限公司|441900:塘厦镇,442000:|L72|pugong,packer,sorter,security,cleaner,forklift|10|m,a,h
中山市小榄华辉五金电器有限公司|442000:小榄镇|C38|assembler,pugong,cnc,welder,electrician,quality_insp|9|m,k
中山市古镇明灿灯饰有限公司|442000:古镇镇|C38|pugong,packer,ecom_cs,live_streamer,designer|8|m,g
嘉峪关市雄关物流有限公司|620200:|G54|truck_driver,loader,warehouse,hotel_front,room_attendant|5|v
儋州热作农业开发有限公司|460400:那大镇|A01|rubber_tapper,fruit_picker,agri_tech,driving_coach|6|p,m
昆明滇味轩餐饮管理有限公司|530111:,530102:|H62|chef,kitchen_helper,waiter,dishwasher,restaurant_mgr,noodle_cook,baker|10|m,e
昆明斗南花卉物流有限公司|530114:斗南街道|A01|flower_worker,packer,sorter,ecom_cs,live_streamer,van_driver|9|m,p
云南云岭软件科技有限公司|530102:|I65|java_dev,web_dev,it_ops,new_media,designer,hr|8|g
安宁家家福超市有限公司|530181:|F52|cashier,stocker,fruit_clerk,security,cleaner,store_mgr|7|e,d
昆明康乐家政服务有限公司|530111:,530102:,530114:|O80|nanny,yuesao,childcare,elder_care,hourly_worker|9|p,e
勐海茶语茶业有限公司|532822:勐混镇,532822:勐海镇|C15|tea_picker,tea_process,tea_master,tea_sales,live_streamer|9|p,m
西双版纳告庄客栈管理有限公司|532801:嘎洒镇|H61|homestay,room_attendant,hotel_front,tour_guide,photographer,makeup|8|g
西双版纳热带水果种植专业合作社|532801:,532823:|A01|fruit_picker,rubber_tapper,packer,greenhouse|6|p,m
普洱云雾咖啡庄园有限公司|530802:,530821:|A01|fruit_picker,tea_picker,agri_tech,barista|6|p
大理双廊海景民宿有限公司|532901:双廊镇|H61|homestay,room_attendant,chef,waiter,photographer|8|g
宾川县果业服务有限公司|532924:|A01|fruit_picker,packer,van_driver,live_streamer|5|p,m
大理古城旅行社有限公司|532901:大理镇|L72|tour_guide,travel_consultant,bus_driver,scenic_staff|6|g,v
丽江束河花间客栈|530702:束河街道|H61|homestay,hotel_front,room_attendant,barista,tour_guide,makeup|7|g
丽江玉龙雪山景区服务有限公司|530721:|N78|scenic_staff,bus_driver,security,cleaner|6|v,e
弥勒湖泉生态园酒店有限公司|532504:|H61|hotel_front,room_attendant,waiter,chef,lifeguard,massage|6|d
贵阳数谷信息技术有限公司|520115:|I65|java_dev,web_dev,customer_service,data_entry,telesales,ecom_cs|8|g,d
贵州黔味酸汤鱼餐饮有限公司|520102:|H62|chef,waiter,kitchen_helper,dishwasher,cashier|7|m
贵州花溪建工集团项目部|520111:|E47|rebar,carpenter_form,mason,scaffolder,site_laborer,site_engineer,crane,excavator|10|m,p,k
湄潭县翠芽茶业有限公司|520328:永兴镇|C15|tea_picker,tea_process,tea_sales,packer,electrician|7|p
遵义红花岗汽车服务中心|520302:|O81|auto_mechanic,car_wash,auto_beauty,tire,auto_sales,ev_repair|7|v
雷山县西江苗寨旅游发展有限公司|522634:西江镇|N78|scenic_staff,tour_guide,homestay,waiter,craft_worker,cleaner|8|p,g
丹寨县蜡染扶贫车间|522636:|C24|craft_worker,sewing,ecom_cs,live_streamer|5|p,e
凯里市诚信手机电脑维修部|522601:|O81|phone_repair,computer_repair,shop_assistant|3|s
安顺市西秀区阳光幼儿园|520402:|P83|kindergarten,care_teacher,canteen_cook,security|5|g
南宁青秀汇金商业管理有限公司|450103:|K70|security,cleaner,property_mgr,parking,electrician,customer_service,ktv_staff,estate_agent|9|v,e
广西八桂教育咨询有限公司|450107:|P83|tutor,english_teacher,care_teacher,telesales,clerk|7|g
宾阳县恒丰竹木制品扶贫车间|450126:|C20|pugong,packer,furniture|5|p,e
柳州螺霸食品有限公司|450206:,450204:|C14|food_factory,packer,quality_insp,live_streamer,warehouse,noodle_cook|9|m,p
柳州柳南汽车零部件有限公司|450204:|C36|assembler,welder,cnc,quality_insp,forklift,machine_repair|10|m,k,v
柳州市洁城环境服务有限公司|450204:,450206:|N78|sanitation,gardener,cleaner,truck_driver|5|e
阳朔遇龙河民宿管理有限公司|450321:兴坪镇,450321:阳朔镇|H61|homestay,room_attendant,tour_guide,barista,bbq|8|g
桂林漓江旅游服务有限公司|450305:,450321:|L72|tour_guide,scenic_staff,bus_driver,travel_consultant|6|g
北流市华瓷陶瓷有限公司|450981:|C30|ceramics,packer,forklift,quality_insp|6|m,p
玉林市玉州区康和大药房|450902:|F52|pharmacy_clerk,pharmacist,cashier,ecom_cs|5|g
田东县芒果种植专业合作社|451022:|A01|fruit_picker,packer,live_streamer,van_driver,ecom_ops|6|p
百色市右江区仁和医院|451002:|Q84|nurse,doctor,pharmacist,rehab,cleaner,massage,tcm_doctor|7|g,d
海口椰风餐饮管理有限公司|460106:|H62|waiter,chef,tea_shop,barista,cashier|7|g
海南美兰国际物流有限公司|460108:|G59|sorter,courier,loader,forklift,truck_driver,warehouse|8|m,v
海口龙华万家家电维修服务部|460106:|O81|appliance_repair,plumber_elec|3|s
三亚湾度假酒店有限公司|460204:|H61|hotel_front,room_attendant,waiter,chef,lifeguard,security,massage|10|g,h,k
三亚蓝海潜水俱乐部有限公司|460203:|R89|dive_coach,lifeguard,photographer,travel_consultant|5|g
琼海博鳌热带农业开发有限公司|469002:博鳌镇|A04|fish_farmer,fruit_picker,livestock,agri_tech,fishing_crew|6|p
福清市元洪食品有限公司|350181:|C14|food_factory,packer,quality_insp,forklift,canteen_cook,lab_tech|8|m,k
福州闽都财税服务有限公司|350102:|L72|accountant,clerk,hr,data_entry,receptionist|6|g
厦门宏达光电科技有限公司|350206:|C39|pugong,smt,quality_insp,assembler,warehouse,electrician|10|m,h,k
厦门曾厝垵文创民宿|350203:曾厝垵|H61|homestay,tea_shop,photographer,shop_assistant|6|g
厦门集美速达配送服务有限公司|350211:|G60|food_delivery,errand,courier,van_driver|7|m
晋江市陈埭鞋业有限公司|350582:陈埭镇|C19|shoe_worker,sewing,quality_insp,packer,designer,ecom_ops|10|m
安溪县铁观音茶业专业合作社|350524:感德镇|C15|tea_picker,tea_process,tea_master,tea_sales,live_streamer|7|p
武夷山九曲溪旅游服务有限公司|350782:|N78|tour_guide,scenic_staff,tea_master,homestay|7|g
福鼎市太姥山白茶有限公司|350982:点头镇|C15|tea_picker,tea_process,tea_sales,live_streamer|6|p
江西博雅教育培训学校|360113:|P83|tutor,kindergarten,english_teacher,clerk|5|g
南昌小蓝汽车配件有限公司|360121:小蓝经开区|C36|assembler,pugong,welder,forklift,quality_insp,electrician|9|m,h
南昌名剪坊美发连锁|360111:|O80|hairdresser,hair_assistant,beautician,nail_artist,makeup|7|g
南康区华宇家具有限公司|360703:|C21|furniture,painter,packer,truck_driver,ecom_cs,designer,salesperson|10|m,p
信丰县脐橙专业合作社|360722:|A01|fruit_picker,packer,live_streamer,drone_pilot,van_driver|6|p
赣州章贡区颐和养老服务中心|360702:|Q85|elder_care,nurse,canteen_cook,cleaner,rehab|6|e
婺源篁岭乡村旅游有限公司|361130:江湾镇|N78|scenic_staff,tour_guide,homestay,waiter,chef,photographer|8|g,p
重庆老码头火锅餐饮有限公司|500103:,500108:|H62|waiter,chef,kitchen_helper,dishwasher,restaurant_mgr,bbq|10|m
重庆九龙坡建筑劳务有限公司|500107:,500106:|E47|rebar,carpenter_form,mason,tiler,painter,waterproof,plumber_elec,site_laborer,surveyor|10|m,h
奉节县脐橙电商产业园|500236:|I64|live_streamer,ecom_cs,fruit_picker,packer,video_editor|6|p
重庆畅行汽车租赁有限公司|500106:|L71|ride_hailing,chauffeur|4|v
重庆西部物流园运营有限公司|500106:,500107:|G59|sorter,loader,courier,truck_driver,forklift,dispatcher|7|m
"""


def _parse_employers() -> list[dict]:
    out = []
    for line in EMPLOYERS_TEXT.strip().split("\n"):
        name, places, ind, kinds, n, flags = line.split("|")
        spots = []
        for p in places.split(","):
            code, town = p.split(":")
            spots.append((code, town))
        out.append({"name": name, "places": spots, "industry": ind, "kinds": kinds.split(","),
                    "n": int(n), "flags": set(flags.split(","))})
    return out


EMPLOYERS = _parse_employers()

# ---- phrases for titles and descriptions -------------------------------------------------------------

EDU_CODES = {"n": "none", "j": "junior_middle", "s": "senior_high", "a": "associate", "b": "bachelor"}
EDU_ORDER = ["none", "junior_middle", "senior_high", "associate", "bachelor", "master", "doctorate"]
EDU_TEXT = {"junior_middle": ["初中及以上学历", "初中以上文化"], "senior_high": ["高中/中专及以上学历", "中专以上学历"],
            "associate": ["大专及以上学历", "大专以上"], "bachelor": ["本科及以上学历", "全日制本科"]}
EDU_NONE = ["学历不限", "不限学历", "文化程度不限", "不看学历"]
EMP_CODES = {"f": "full_time", "p": "part_time", "t": "temporary", "i": "internship", "x": "flexible"}

PERK_WORDS = {
    "room_and_board": ["包吃住", "包吃包住", "免费吃住"], "meals": ["包吃", "包工作餐", "免费三餐"],
    "housing": ["包住", "提供员工宿舍", "免费住宿"], "social_insurance": ["缴纳五险", "买社保"],
    "social_insurance_housing_fund": ["五险一金", "缴纳五险一金"], "transport": ["交通补贴"],
    "shuttle": ["有班车接送", "班车"], "paid_leave": ["带薪年假"], "year_end_bonus": ["年终奖", "年底双薪"],
    "training": ["岗前培训", "带薪培训"], "weekends_off": ["双休", "周末双休"],
}
EXTRA_TEXT = {
    "advance": ["可预支生活费", "入职满7天可预支工资", "困难可借支"],
    "no_deposit": ["不收任何押金和费用", "无押金、不收费", "入职不收一分钱"],
    "travel": ["报销来厂路费", "入职满一个月报销车票", "报销路费"],
    "meal_allowance": ["每月餐补300元", "有餐补", "每天餐补15元"],
    "beginner": ["零基础包教", "小白可做，有师傅带", "无经验可培训"],
}
SCHED_TEXT = {
    "L": ["长白班，不上夜班", "长白班8:00-17:30", "白班"], "T": ["两班倒", "两班倒，白夜班每月轮换", "白夜班轮换"],
    "S": ["做六休一", "月休4天", "每周休息一天"], "W": ["周末双休，朝九晚六", "双休", "五天八小时"],
    "R": ["排班制，月休4天", "轮休", "早中班轮换"], "F": ["时间自由", "时间灵活，自己安排"],
    "E": ["晚班 18:00-02:00", "下午到晚上上班", "晚上上班"], "K": ["周末上班（周六周日）", "只上周六周日"],
}
GROUP_TEXT = {
    "migrant_worker": "欢迎返岗农民工", "poverty_registered": "优先招用建档立卡贫困劳动力",
    "graduate": "欢迎2020届毕业生", "veteran": "退役军人优先", "disabled": "欢迎残疾人朋友报名",
    "hubei": "欢迎湖北籍劳动者", "employment_difficulty": "欢迎就业困难人员",
}
GENERIC_REQ = ["能吃苦耐劳", "服从安排", "责任心强", "做事细心", "沟通能力好", "会用智能手机", "守时守信"]
CLOSING = ["有意者请在线投递简历", "在线投递，我们会尽快联系您", "欢迎在平台直接报名", "长期招聘，随到随面"]
TYPOS = {"收银": "收营", "服务员": "服物员", "保洁": "保结", "厨师": "厨狮", "叉车": "插车", "普工": "谱工"}
# towns/regions people know, used in ad text: city short names for prefixes
CITY_SHORT = {
    "5301": "昆明", "5328": "西双版纳", "5308": "普洱", "5329": "大理", "5307": "丽江", "5325": "红河",
    "5201": "贵阳", "5203": "遵义", "5226": "黔东南", "5204": "安顺", "4501": "南宁", "4502": "柳州",
    "4503": "桂林", "4509": "玉林", "4510": "百色", "4601": "海口", "4602": "三亚", "4690": "海南",
    "4604": "儋州", "3501": "福州", "3502": "厦门", "3505": "泉州", "3507": "南平", "3509": "宁德",
    "3601": "南昌", "3607": "赣州", "3611": "上饶", "5001": "重庆", "5002": "重庆", "4419": "东莞",
    "4420": "中山", "6202": "嘉峪关",
}
