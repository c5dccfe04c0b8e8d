"""relevance_v11 world catalogue: job kinds, employers, places, phrasing pools.

Pure data plus a few helpers; imported by generate.py, grading.py and check.py.
"""

# ruff: noqa: E501  (data tables read better one entry per line, as for bench/*.py)
from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Job kinds.  pay: ("month", lo, hi) typical monthly range in a 1.0 city; day: (p_day, lo, hi) the
# chance an ad for this kind is day-paid and the day wage range; hour: (p_hour, lo, hi) part-time hourly.
# occ: occupation codes an employer might pick from the upload form, with weights (broad groups first).
# ---------------------------------------------------------------------------------------------
KINDS: dict[str, dict] = {
    # logistics
    "courier": dict(name="快递员", family="logistics", alias=["快递派送员", "快递小哥", "派件员", "收派员"],
                    odd=["片区派件", "快递网点派送", "电动三轮送件"],
                    occ=[("4-02", 5), ("4-02-07", 4), ("4-01", 1)], pay=(5000, 8000),
                    duty=["负责片区快件派送和揽收，电动车公司提供", "每天送件，计件提成，多劳多得", "熟悉本地道路，会骑电动三轮车"]),
    "sorter": dict(name="分拣员", family="logistics", alias=["分拣工", "快递分拣", "包裹分拣员"],
                   odd=["夜班理货", "流水线分货", "电商仓分货员"],
                   occ=[("4-02", 5), ("4-02-06", 2), ("4-02-07", 2), ("6-31", 1)], pay=(3800, 5200),
                   day=(0.35, 150, 220),
                   duty=["在分拨中心流水线上分拣包裹，按地址分区", "扫码、分拣、上架，活不重", "618期间包裹多，需要人手分货"]),
    "warehouse": dict(name="仓库管理员", family="logistics", alias=["仓管员", "库管", "仓管", "库房管理员"],
                      odd=["仓储专员", "库房物料员"],
                      occ=[("4-02-06", 4), ("4-02", 4), ("3-01", 1)], pay=(4000, 5500),
                      duty=["负责货物出入库登记、盘点、账实相符", "会用电脑，熟悉WMS系统者优先", "管理库房物料，定期盘点"]),
    "forklift": dict(name="叉车司机", family="logistics", alias=["叉车工", "叉车师傅", "铲车司机"],
                     odd=["仓库叉车", "电动叉车操作"],
                     occ=[("6-30", 4), ("4-02-05", 3), ("4-02", 3)], pay=(4800, 6800),
                     duty=["持叉车证，负责仓库内货物装卸和搬运", "操作电动叉车、手动叉车，配合装车", "有叉车证，会开平衡重叉车"]),
    "loader": dict(name="装卸工", family="logistics", alias=["搬运工", "装卸搬运工", "装车工"],
                   odd=["卸货师傅", "物流园装车", "货场搬运"],
                   occ=[("4-02-05", 4), ("4-02", 4), ("6-31", 1), ("8-00", 1)], pay=(5000, 7500),
                   day=(0.55, 180, 300),
                   duty=["负责货车装卸，按件计费", "搬运箱货，身体好能吃苦", "物流园内装车卸车，多劳多得"]),
    "packer": dict(name="打包员", family="logistics", alias=["包装工", "打包工", "电商打包"],
                   odd=["发货员", "商品包装"],
                   occ=[("6-31", 3), ("4-02", 3), ("6-99", 2)], pay=(3500, 5000), day=(0.25, 130, 180),
                   duty=["电商仓库订单打包、贴单、封箱", "按订单拣货打包，计件工资", "产品装箱、打包、码放"]),
    "rider": dict(name="外卖骑手", family="logistics", alias=["外卖员", "送餐员", "骑手"],
                  odd=["美食配送", "同城配送员"],
                  occ=[("4-02", 4), ("4-02-07", 3), ("4-03", 2)], pay=(5000, 9000), hour=(0.25, 18, 25),
                  duty=["负责附近商圈外卖配送，按单计费", "自备电动车，会用手机导航", "午高峰晚高峰送餐"]),
    # driving
    "truck_driver": dict(name="货车司机", family="driving", alias=["大车司机", "厢货司机", "半挂司机", "A2司机"],
                         odd=["跑长途", "干线运输司机", "9米6司机"],
                         occ=[("4-02-02", 5), ("4-02", 4)], pay=(7000, 11000),
                         duty=["持A2或B2驾照，跑省内外干线运输", "驾驶厢式货车配送门店", "两年以上驾龄，熟悉京津冀路线"]),
    "car_driver": dict(name="司机", family="driving", alias=["小车司机", "商务车司机", "公司司机", "班车司机"],
                       odd=["接送员工", "领导用车驾驶员"],
                       occ=[("4-02-02", 5), ("4-02", 3), ("3-01", 1)], pay=(4500, 6500),
                       duty=["持C1驾照，驾驶公司商务车", "负责员工班车接送和日常用车", "驾龄三年以上，无不良记录"]),
    # catering
    "waiter": dict(name="服务员", family="catering", alias=["餐厅服务员", "传菜员", "前厅服务员", "点菜员"],
                   odd=["前厅", "楼面服务"],
                   occ=[("4-03", 6), ("4-03-02", 4)], pay=(3000, 4200), hour=(0.2, 15, 22),
                   duty=["负责前厅点菜、上菜、收拾餐桌", "热情有礼貌，做事勤快", "接待客人，传菜、收台"]),
    "cook": dict(name="厨师", family="catering", alias=["炒锅", "大厨", "厨师长", "炒菜师傅"],
                 odd=["后厨掌勺", "家常菜师傅", "炒锅师傅"],
                 occ=[("4-03-02", 5), ("4-03", 5)], pay=(5000, 8500),
                 duty=["负责炒锅出菜，会做家常菜、鲁菜", "有三年以上后厨经验，能独立出品", "食堂大锅菜，每天供应两餐"]),
    "kitchen_helper": dict(name="帮厨", family="catering", alias=["厨房帮工", "切配", "配菜员", "打荷"],
                           odd=["后厨帮工", "厨房杂工"],
                           occ=[("4-03", 6), ("4-03-02", 3)], pay=(3000, 4000),
                           duty=["后厨择菜、洗菜、切配", "协助厨师备料，保持厨房卫生", "配菜、打荷、收拾后厨"]),
    "dishwasher": dict(name="洗碗工", family="catering", alias=["洗碗阿姨", "刷碗工", "洗碗保洁"],
                       odd=["后厨洗刷", "餐具清洗"],
                       occ=[("4-03", 7), ("4-10", 1)], pay=(2500, 3300),
                       duty=["负责餐具清洗消毒", "后厨洗碗、收拾垃圾", "刷碗、擦灶台，活不累"]),
    "pastry": dict(name="面点师", family="catering", alias=["面点师傅", "白案", "包子师傅"],
                   odd=["早点师傅", "面食制作"],
                   occ=[("4-03-02", 5), ("4-03", 4), ("6-02", 1)], pay=(4500, 7000),
                   duty=["会做包子、花卷、面条等面食", "负责早餐面点制作", "白案师傅，会和面、发面、蒸包子"]),
    # retail
    "cashier": dict(name="收银员", family="retail", alias=["收银", "超市收银", "前台收银"],
                    odd=["收款员", "收银岗"],
                    occ=[("4-01", 6), ("4-01-02", 3)], pay=(2800, 3800), hour=(0.25, 14, 20),
                    duty=["负责超市收银、扫码、找零", "熟练使用收银系统，做事细心", "收银兼顾店内整理"]),
    "shop_assistant": dict(name="营业员", family="retail", alias=["导购", "店员", "导购员", "售货员"],
                           odd=["门店销售", "柜台销售"],
                           occ=[("4-01-02", 5), ("4-01", 5)], pay=(3000, 4500),
                           duty=["负责门店商品介绍和销售", "接待顾客，整理货架，有提成", "商场专柜销售，底薪加提成"]),
    "stocker": dict(name="理货员", family="retail", alias=["超市理货员", "上货员", "补货员"],
                    odd=["夜班上货", "超市整理货架"],
                    occ=[("4-01", 6), ("4-02-06", 2)], pay=(2800, 3800),
                    duty=["负责货架商品摆放、补货、检查日期", "超市理货上架", "夜间补货，白天休息"]),
    "store_manager": dict(name="店长", family="retail", alias=["门店店长", "店长助理", "值班经理"],
                          odd=["门店负责人", "储备店长"],
                          occ=[("4-01", 5), ("1-06", 2), ("4-03", 2)], pay=(5500, 9000),
                          duty=["负责门店日常经营管理和员工排班", "有连锁门店管理经验", "带领团队完成销售目标"]),
    # domestic & care
    "nanny": dict(name="保姆", family="domestic", alias=["住家保姆", "家政保姆", "做饭保姆"],
                  odd=["家务阿姨", "住家阿姨", "钟点工"],
                  occ=[("4-10-01", 5), ("4-10", 5)], pay=(4000, 6500),
                  duty=["负责雇主家做饭、打扫卫生", "住家，照顾老人饮食起居", "会做北方家常饭，干净利落"]),
    "childcare": dict(name="育儿嫂", family="domestic", alias=["育婴师", "带孩子阿姨", "育婴员"],
                      odd=["看护宝宝", "早教阿姨"],
                      occ=[("4-10-01", 6), ("4-10", 4)], pay=(5000, 8000),
                      duty=["照顾0-3岁宝宝饮食起居", "有育婴师证优先，喜欢孩子", "白班育儿，负责宝宝辅食和洗护"]),
    "maternity": dict(name="月嫂", family="domestic", alias=["母婴护理师", "金牌月嫂", "产后护理"],
                      odd=["母婴护理", "月子护理"],
                      occ=[("4-10-01", 6), ("4-10", 3), ("4-14", 1)], pay=(7000, 13000),
                      duty=["照顾产妇和新生儿，做月子餐", "有母婴护理证，上户26天", "负责新生儿护理、产妇催乳"]),
    "cleaner": dict(name="保洁员", family="domestic", alias=["保洁", "保洁阿姨", "清洁工", "保洁工"],
                    odd=["写字楼清洁", "家政阿姨", "开荒保洁"],
                    occ=[("4-10", 5), ("4-09", 2), ("4-06-01", 3)], pay=(2300, 3200), hour=(0.2, 15, 25),
                    duty=["负责楼道、公共区域日常清洁", "小区保洁，打扫卫生，活不累", "写字楼保洁，早7点到下午4点"]),
    "carer": dict(name="护工", family="care", alias=["医院护工", "陪护", "病人陪护"],
                  odd=["住院陪护", "病房护理员"],
                  occ=[("4-14-01", 4), ("4-10-01", 3), ("4-14", 3)], pay=(4000, 6000),
                  duty=["医院病房陪护，照顾病人生活", "给病人翻身、喂饭、擦洗", "24小时陪护，有经验优先"]),
    "elder_carer": dict(name="养老护理员", family="care", alias=["养老院护理员", "护理员", "老人护理"],
                        odd=["照护员", "失能老人照护"],
                        occ=[("4-10-01", 5), ("4-14", 3), ("4-14-01", 2)], pay=(3500, 5000),
                        duty=["在养老院照顾老人起居、喂饭、洗漱", "有养老护理证优先，无证可培训", "照料失能半失能老人"]),
    # property & security
    "security": dict(name="保安", family="property", alias=["保安员", "门卫", "安保员", "巡逻保安"],
                     odd=["秩序维护员", "看大门", "门岗"],
                     occ=[("4-07-05", 5), ("4-07", 3), ("3-02", 2)], pay=(2800, 4000),
                     duty=["负责门岗值守、来访登记、夜间巡逻", "小区门岗，24小时轮班", "工厂门卫，检查车辆进出"]),
    "electrician": dict(name="电工", family="property", alias=["维修电工", "水电工", "物业电工", "高低压电工"],
                        odd=["电气维修", "持证电工"],
                        occ=[("6-28", 3), ("6-29-03", 2), ("4-06-01", 2), ("6-31-01", 3)], pay=(4500, 7000),
                        duty=["持低压电工证，负责设备电路维修", "小区水电维修，会看图纸", "工地临时用电，持证上岗"]),
    "maintenance": dict(name="维修工", family="property", alias=["设备维修工", "机修工", "物业维修"],
                        odd=["机修", "设备保全"],
                        occ=[("6-31-01", 6), ("4-06-01", 2), ("4-12", 2)], pay=(4500, 6800),
                        duty=["负责车间设备日常维护保养", "物业维修，换灯泡、修水管", "会焊接、会电工者优先"]),
    # construction
    "rebar": dict(name="钢筋工", family="construction", alias=["绑钢筋", "钢筋师傅", "钢筋班组"],
                  odd=["工地钢筋", "钢筋绑扎"],
                  occ=[("6-29", 6), ("6-29-01", 3), ("6-29-02", 1)], pay=(7000, 10000), day=(0.6, 280, 400),
                  duty=["负责钢筋绑扎、下料", "住宅楼主体施工，钢筋班组招人", "会看图下料，能独立绑扎"]),
    "carpenter": dict(name="木工", family="construction", alias=["木工师傅", "支模木工", "模板工"],
                      odd=["支模", "工地木工"],
                      occ=[("6-29", 6), ("6-29-01", 3), ("6-06", 1)], pay=(7500, 11000), day=(0.6, 320, 450),
                      duty=["主体支模、加固、拆模", "有多年支模经验，会看图", "框架结构木工，活多"]),
    "mason": dict(name="瓦工", family="construction", alias=["瓦匠", "砌墙师傅", "抹灰工", "贴砖师傅"],
                  odd=["砌筑", "泥瓦工"],
                  occ=[("6-29", 5), ("6-29-04", 3), ("6-29-01", 2)], pay=(7000, 10000), day=(0.6, 280, 400),
                  duty=["砌墙、抹灰、贴砖", "二次结构砌筑，包工包料", "装修贴砖，手艺要好"]),
    "laborer": dict(name="力工", family="construction", alias=["小工", "杂工", "工地小工", "壮工"],
                    odd=["工地杂活", "建筑力工"],
                    occ=[("6-29", 6), ("8-00", 2), ("6-29-01", 1)], pay=(4500, 6500), day=(0.7, 170, 250),
                    duty=["工地打杂、清理、搬运材料", "配合大工干活，不需要技术", "力气活，能吃苦"]),
    "welder": dict(name="电焊工", family="construction", alias=["焊工", "氩弧焊工", "二保焊工", "电焊师傅"],
                   odd=["焊接工", "钢结构焊接"],
                   occ=[("6-18-02", 4), ("6-29", 3), ("6-19", 3)], pay=(6000, 9000), day=(0.3, 280, 380),
                   duty=["会二保焊、氩弧焊，持焊工证", "钢结构焊接，能看懂图纸", "车间焊接零部件"]),
    "plumber": dict(name="管道工", family="construction", alias=["水暖工", "管道安装工", "消防管道工"],
                    odd=["水暖安装", "管工"],
                    occ=[("6-29-03", 6), ("6-29", 4)], pay=(6000, 9000), day=(0.4, 260, 360),
                    duty=["负责给排水、暖气管道安装", "消防管道安装，有经验", "会套丝、焊管"]),
    "site_tech": dict(name="施工员", family="construction", alias=["土建施工员", "现场施工员", "技术员"],
                      odd=["项目技术负责", "工地现场管理"],
                      occ=[("2-02-18", 5), ("2-02", 3), ("6-29", 2)], pay=(5500, 9000),
                      duty=["负责现场施工管理、技术交底", "土木工程相关专业，会CAD", "协助项目经理管理工地"]),
    # factory
    "operator": dict(name="普工", family="factory", alias=["操作工", "生产工人", "流水线工人", "车间工人"],
                     odd=["生产线员工", "车间学徒", "组装工"],
                     occ=[("6-99", 3), ("6-31", 3), ("6-22", 1), ("6-14", 1), ("6-01", 1), ("6-19", 1), ("6-05", 1)],
                     pay=(4000, 6000), day=(0.1, 150, 200),
                     duty=["车间流水线操作，简单易学", "按要求操作机器，无需经验", "产品组装、检验、包装"]),
    "qc": dict(name="质检员", family="factory", alias=["品检员", "检验员", "QC"],
               odd=["品质检验", "来料检验"],
               occ=[("6-31-03", 5), ("6-31", 4)], pay=(4000, 5500),
               duty=["负责产品外观和尺寸检验", "会用卡尺、千分尺", "对生产线产品抽检，做记录"]),
    "sewing": dict(name="缝纫工", family="factory", alias=["车工", "平车工", "缝纫机工", "裁缝"],
                   odd=["服装车位", "箱包车工"],
                   occ=[("6-05-01", 5), ("6-05", 5)], pay=(4000, 7000),
                   duty=["会平车，计件工资", "服装车间缝制，熟手优先", "箱包缝纫，多劳多得"]),
    "cnc": dict(name="数控车床操作工", family="factory", alias=["CNC操作工", "数控车工", "加工中心操作工", "车床工"],
                odd=["数控机床", "CNC学徒"],
                occ=[("6-18-01", 6), ("6-18", 4)], pay=(5000, 8000),
                duty=["操作数控车床加工零件", "会编程调机者优先", "加工中心上下料，看管机床"]),
    # office
    "clerk": dict(name="文员", family="office", alias=["办公室文员", "行政文员", "行政专员", "内勤"],
                  odd=["办公室内勤", "资料员"],
                  occ=[("3-01", 7), ("3-99", 3)], pay=(3000, 4500),
                  duty=["负责办公室文件整理、录入", "会用Word、Excel，打字快", "接听电话，整理资料"]),
    "accountant": dict(name="会计", family="office", alias=["主办会计", "代账会计", "财务会计", "总账会计"],
                       odd=["财务", "做账"],
                       occ=[("2-06-03", 5), ("2-06", 3), ("3-01", 2)], pay=(4000, 7000),
                       duty=["负责公司账务处理、报税", "有会计证，熟悉用友金蝶", "代理记账，负责多家小规模企业账务"]),
    "fin_cashier": dict(name="出纳", family="office", alias=["出纳员", "财务出纳"],
                        odd=["财务助理", "出纳兼文员"],
                        occ=[("2-06-03", 4), ("3-01", 5)], pay=(3200, 4500),
                        duty=["负责现金收付、银行对账", "管理公司日常报销", "出纳兼办公室杂事"]),
    "hr": dict(name="人事专员", family="office", alias=["人事", "招聘专员", "人力资源专员"],
               odd=["人事行政", "HR"],
               occ=[("2-06-08", 5), ("3-01", 5)], pay=(3800, 6000),
               duty=["负责员工招聘、入离职手续", "办理社保、考勤统计", "熟悉劳动法，会做工资表"]),
    "receptionist": dict(name="前台", family="office", alias=["前台接待", "前台文员", "接待员"],
                         odd=["前台迎宾", "客户接待"],
                         occ=[("3-01", 6), ("4-07", 4)], pay=(3000, 4200),
                         duty=["负责来访接待、电话接听", "形象好，普通话标准", "前台登记、收发快递"]),
    # sales & service
    "sales": dict(name="销售", family="sales", alias=["销售代表", "业务员", "销售经理", "市场专员"],
                  odd=["业务拓展", "渠道专员", "客户经理"],
                  occ=[("4-01-02", 5), ("4-01", 3), ("2-06-07", 2)], pay=(4000, 10000),
                  duty=["开发新客户，维护老客户，底薪加提成", "负责区域市场推广", "跑业务，有驾照优先"]),
    "telesales": dict(name="电话销售", family="sales", alias=["电销", "电话客服销售", "网络销售"],
                      odd=["电话邀约", "线上销售"],
                      occ=[("4-01-02", 5), ("4-07", 3), ("4-04", 2)], pay=(3500, 8000),
                      duty=["通过电话联系意向客户，公司提供资源", "打电话邀约客户，有提成", "普通话标准，有耐心"]),
    "customer_service": dict(name="客服", family="sales", alias=["客服专员", "在线客服", "售后客服", "话务员"],
                             odd=["电商售后", "热线接线员"],
                             occ=[("4-07", 5), ("4-04", 3), ("3-01", 2)], pay=(3200, 4800),
                             duty=["负责网店在线咨询、售后处理", "接听客户来电，解答问题", "打字快，会用电脑"]),
    "estate_agent": dict(name="房产经纪人", family="sales", alias=["房产销售", "置业顾问", "房屋中介"],
                         odd=["二手房顾问", "租赁顾问"],
                         occ=[("4-06", 6), ("4-01-02", 4)], pay=(4000, 12000),
                         duty=["带客户看房，促成二手房买卖和租赁", "底薪加高提成，有培训", "新房置业顾问，接待来访客户"]),
    # tech
    "it_support": dict(name="网络管理员", family="tech", alias=["网管", "IT运维", "运维工程师"],
                       odd=["电脑维护", "弱电维护"],
                       occ=[("4-04-02", 5), ("4-04", 3), ("2-02-10", 2)], pay=(4500, 7500),
                       duty=["负责公司电脑、网络和打印机维护", "会装系统、配路由器", "机房日常巡检"]),
    "programmer": dict(name="软件开发工程师", family="tech", alias=["程序员", "Java开发", "前端开发", "软件工程师"],
                       odd=["后端开发", "小程序开发"],
                       occ=[("4-04-05", 4), ("2-02-10", 4), ("4-04", 2)], pay=(8000, 15000),
                       duty=["参与公司业务系统开发", "熟悉Java或Python", "计算机相关专业，本科以上"]),
    # education
    "preschool": dict(name="幼儿教师", family="education", alias=["幼师", "幼儿园老师", "保育员"],
                      odd=["托班老师", "早教老师"],
                      occ=[("2-08-04", 6), ("2-08", 4)], pay=(3000, 4500),
                      duty=["负责幼儿园班级教学和日常照顾", "学前教育专业，有教师资格证优先", "喜欢孩子，有耐心"]),
    "tutor": dict(name="辅导老师", family="education", alias=["课外辅导老师", "家教", "托管老师", "小学辅导"],
                  odd=["作业辅导", "学科老师"],
                  occ=[("2-08", 5), ("4-13", 3), ("2-08-03", 2)], pay=(3500, 6000), hour=(0.3, 40, 80),
                  duty=["辅导小学生作业", "负责初中数学、英语辅导", "暑期班授课，有经验优先"]),
    # auto
    "mechanic": dict(name="汽修工", family="auto", alias=["汽车维修工", "汽修师傅", "机修学徒", "钣金喷漆"],
                     odd=["汽车保养", "快修技师"],
                     occ=[("4-12-01", 6), ("4-12", 4)], pay=(4500, 8000),
                     duty=["负责汽车保养、维修", "会换机油、刹车片，有经验优先", "汽修学徒，包教会"]),
    "car_wash": dict(name="洗车工", family="auto", alias=["洗车员", "汽车美容", "洗车小工"],
                     odd=["汽车清洗", "精洗"],
                     occ=[("4-12", 5), ("4-10", 3), ("4-12-01", 2)], pay=(3000, 4500),
                     duty=["负责洗车、打蜡、内饰清洁", "无需经验，有人带", "汽车美容店洗车"]),
}

FAMILIES = sorted({k["family"] for k in KINDS.values()})
FAMILY_NAMES = {"logistics": "物流", "driving": "司机", "catering": "餐饮", "retail": "零售", "domestic": "家政",
                "care": "护理", "property": "物业安保", "construction": "建筑", "factory": "工厂", "office": "办公室",
                "sales": "销售客服", "tech": "IT", "education": "教育", "auto": "汽车服务"}

# related kinds (symmetric when used through related()); grade 1 under the job rule
RELATED = [
    ("courier", "sorter"), ("courier", "rider"), ("sorter", "packer"), ("sorter", "loader"), ("warehouse", "forklift"),
    ("warehouse", "stocker"), ("loader", "laborer"), ("forklift", "truck_driver"), ("truck_driver", "car_driver"),
    ("car_driver", "rider"), ("packer", "operator"), ("waiter", "cashier"), ("cook", "kitchen_helper"),
    ("cook", "pastry"), ("kitchen_helper", "dishwasher"), ("cashier", "shop_assistant"), ("shop_assistant", "sales"),
    ("stocker", "cashier"), ("store_manager", "shop_assistant"), ("nanny", "childcare"), ("childcare", "maternity"),
    ("nanny", "cleaner"), ("nanny", "elder_carer"), ("carer", "elder_carer"), ("cleaner", "dishwasher"),
    ("security", "receptionist"), ("electrician", "maintenance"), ("electrician", "plumber"), ("maintenance", "mechanic"),
    ("welder", "maintenance"), ("rebar", "laborer"), ("carpenter", "laborer"), ("mason", "laborer"),
    ("operator", "qc"), ("operator", "sewing"), ("operator", "cnc"), ("cnc", "maintenance"), ("qc", "warehouse"),
    ("clerk", "receptionist"), ("clerk", "fin_cashier"), ("accountant", "fin_cashier"), ("clerk", "hr"),
    ("sales", "telesales"), ("telesales", "customer_service"), ("sales", "estate_agent"), ("customer_service", "clerk"),
    ("it_support", "programmer"), ("preschool", "tutor"), ("preschool", "childcare"), ("mechanic", "car_wash"),
    ("site_tech", "clerk"),
]


def related(kind: str) -> set[str]:
    out = set()
    for a, b in RELATED:
        if a == kind:
            out.add(b)
        elif b == kind:
            out.add(a)
    return out


def family_of(kind: str) -> str:
    return KINDS[kind]["family"]


# ---------------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------------
CITY_PAY = {"11": 1.25, "12": 1.1, "1301": 1.0, "3701": 1.0, "1401": 0.95, "1310": 1.05, "1306": 0.95, "1302": 0.95}
DEFAULT_CITY_PAY = 0.9


def city_pay_factor(code: str) -> float:
    return CITY_PAY.get(code[:2], CITY_PAY.get(code[:4], DEFAULT_CITY_PAY))


# towns / parks that are not GB/T 2260 divisions: town -> county code
TOWNS = {
    "燕郊": "131082", "白沟": "130684", "固安工业园区": "131022", "德州经济开发区": "371402", "武清开发区": "120114",
    "大兴物流园": "110115", "正定新区": "130123", "曹妃甸工业区": "130209", "章丘明水": "370114",
}

# urban districts (市辖区) with their neighbouring districts of the same city (place rule, grade 2)
NEIGHBOURS = {
    # 北京
    "110101": ["110102", "110105"], "110102": ["110101", "110108", "110106"],
    "110105": ["110101", "110108", "110106", "110114", "110113", "110112", "110115"],
    "110106": ["110102", "110105", "110108", "110107", "110115", "110111", "110109"],
    "110108": ["110102", "110105", "110106", "110107", "110114", "110109"],
    "110107": ["110108", "110106", "110109"], "110112": ["110105", "110113", "110115"],
    "110115": ["110106", "110105", "110112", "110111"], "110113": ["110105", "110112", "110114", "110116", "110118", "110117"],
    "110114": ["110108", "110105", "110113", "110109", "110119", "110116"], "110111": ["110106", "110115", "110109"],
    # 天津
    "120101": ["120102", "120103", "120104", "120105", "120106"], "120102": ["120101", "120103", "120105", "120110"],
    "120103": ["120101", "120102", "120104", "120111", "120112", "120110"], "120104": ["120101", "120103", "120106", "120111"],
    "120105": ["120101", "120102", "120106", "120113", "120110"], "120106": ["120101", "120104", "120105", "120113", "120111"],
    "120110": ["120102", "120105", "120103", "120113", "120112", "120116"],
    "120111": ["120104", "120103", "120106", "120113", "120112", "120118"],
    "120113": ["120105", "120106", "120110", "120111", "120114"], "120116": ["120110", "120112", "120117"],
    "120114": ["120113", "120115"], "120112": ["120103", "120110", "120111", "120116", "120118"],
    # 石家庄
    "130102": ["130104", "130105", "130108", "130109"], "130104": ["130102", "130105", "130108", "130110"],
    "130105": ["130102", "130104", "130110"], "130108": ["130102", "130104", "130109", "130111"],
    "130110": ["130104", "130105"], "130109": ["130102", "130108"], "130111": ["130108"],
    # 保定
    "130602": ["130606", "130607", "130608", "130609"], "130606": ["130602", "130608", "130609"],
    "130607": ["130602"], "130608": ["130602", "130606"], "130609": ["130602", "130606"],
    # 廊坊
    "131002": ["131003"], "131003": ["131002"],
    # 唐山
    "130202": ["130203", "130205", "130207"], "130203": ["130202", "130205", "130208"], "130205": ["130202", "130203", "130204"],
    "130207": ["130202"], "130208": ["130203"], "130209": [],
    # 邯郸
    "130402": ["130403", "130404", "130407"], "130403": ["130402", "130404", "130407", "130408"],
    "130404": ["130402", "130403", "130408"], "130408": ["130403", "130404"],
    # 太原
    "140105": ["140106", "140110"], "140106": ["140105", "140107", "140109"], "140107": ["140106", "140108", "140109"],
    "140108": ["140107", "140109"], "140109": ["140106", "140107", "140108", "140110"], "140110": ["140109", "140105"],
    # 大同
    "140213": ["140214", "140215"], "140214": ["140213", "140212", "140215"], "140215": ["140213", "140214"],
    # 济南
    "370102": ["370103", "370112", "370105"], "370103": ["370102", "370104", "370105", "370113", "370112"],
    "370104": ["370103", "370105", "370113"], "370105": ["370102", "370104", "370103", "370112", "370115"],
    "370112": ["370102", "370103", "370105", "370114", "370115"], "370114": ["370112"],
    # 德州, 聊城, 沧州, 衡水
    "371402": ["371403"], "371502": ["371503"], "130903": ["130902"], "131102": ["131103"],
}

# ---------------------------------------------------------------------------------------------
# Employers: (name, industry, kinds, regions, n_vacancies, style, towns{region: town})
# style: "hurried" mostly short ads, "plain", "wordy" long ads, "flashy" decorated titles
# ---------------------------------------------------------------------------------------------
EMPLOYERS = [
    ("北京顺捷速运有限公司", "G60", ["courier", "sorter", "loader", "truck_driver"], ["110112", "110115", "110113"], 9, "flashy", {}),
    ("北京京南物流园管理有限公司", "G59", ["warehouse", "forklift", "sorter", "loader", "packer", "security"], ["110115"], 10, "plain", {"110115": "大兴物流园"}),
    ("北京禾丰餐饮管理有限公司", "H62", ["waiter", "cook", "kitchen_helper", "dishwasher", "pastry", "store_manager"], ["110105", "110108", "110106"], 10, "plain", {}),
    ("北京安心到家家政服务有限公司", "O80", ["nanny", "childcare", "maternity", "cleaner", "carer"], ["110105", "110102", "110114"], 9, "wordy", {}),
    ("北京恒安保安服务有限公司", "L72", ["security", "receptionist"], ["110108", "110105", "110106"], 6, "hurried", {}),
    ("北京城建华宇劳务有限公司", "E47", ["rebar", "carpenter", "mason", "laborer", "welder", "plumber", "site_tech"], ["110114", "110111", "110112"], 9, "hurried", {}),
    ("北京优品汇商贸有限公司", "F52", ["cashier", "shop_assistant", "stocker", "store_manager"], ["110106", "110105"], 6, "plain", {}),
    ("北京智远信息技术有限公司", "I65", ["programmer", "it_support", "customer_service", "telesales", "sales"], ["110108"], 7, "wordy", {}),
    ("北京康泰养老服务中心", "Q85", ["elder_carer", "carer", "cook", "cleaner"], ["110114"], 5, "plain", {}),
    ("天津港通物流有限公司", "G59", ["forklift", "warehouse", "loader", "truck_driver", "sorter"], ["120116", "120110"], 9, "plain", {}),
    ("天津鑫达汽车零部件有限公司", "C36", ["operator", "qc", "welder", "cnc", "forklift"], ["120111", "120114"], 9, "flashy", {"120114": "武清开发区"}),
    ("天津海河人家餐饮有限公司", "H62", ["waiter", "cook", "kitchen_helper", "cashier", "dishwasher"], ["120101", "120104", "120103"], 8, "hurried", {}),
    ("天津津城家政服务有限公司", "O80", ["nanny", "maternity", "childcare", "cleaner"], ["120102", "120105", "120104"], 7, "wordy", {}),
    ("天津滨海建工集团有限公司", "E48", ["site_tech", "rebar", "welder", "laborer", "carpenter", "electrician"], ["120116", "120118"], 8, "plain", {}),
    ("天津美佳物业服务有限公司", "K70", ["security", "cleaner", "electrician", "maintenance", "customer_service"], ["120113", "120110", "120103"], 8, "hurried", {}),
    ("天津众诚电子商务有限公司", "F52", ["customer_service", "packer", "warehouse", "sales", "telesales"], ["120114"], 7, "plain", {"120114": "武清开发区"}),
    ("石家庄鸿运快递有限公司", "G60", ["courier", "sorter", "loader", "rider"], ["130104", "130108", "130105"], 8, "flashy", {}),
    ("河北冀中物流港有限公司", "G59", ["warehouse", "forklift", "sorter", "loader", "truck_driver", "packer"], ["130123", "130111"], 10, "plain", {"130123": "正定新区"}),
    ("石家庄福满楼餐饮有限公司", "H62", ["waiter", "cook", "kitchen_helper", "dishwasher", "pastry"], ["130102", "130108"], 8, "hurried", {}),
    ("石家庄巧手家政服务有限公司", "O80", ["nanny", "childcare", "maternity", "cleaner", "carer", "elder_carer"], ["130104", "130102"], 9, "wordy", {}),
    ("河北正阳建筑劳务有限公司", "E47", ["rebar", "carpenter", "mason", "laborer", "plumber", "site_tech", "welder"], ["130109", "130105", "130181"], 10, "hurried", {}),
    ("石家庄乐万家超市连锁有限公司", "F52", ["cashier", "shop_assistant", "stocker", "store_manager"], ["130105", "130104", "130102"], 8, "plain", {}),
    ("河北诚信财务咨询有限公司", "L72", ["accountant", "fin_cashier", "clerk", "sales"], ["130102"], 5, "wordy", {}),
    ("河北欣美服饰有限公司", "C18", ["sewing", "qc", "packer", "operator"], ["130133", "130184"], 7, "flashy", {}),
    ("石家庄安泰保安服务有限公司", "L72", ["security"], ["130108", "130105", "130110"], 5, "hurried", {}),
    ("保定市聚福居餐饮有限公司", "H62", ["waiter", "cook", "kitchen_helper", "dishwasher"], ["130606", "130602"], 6, "hurried", {}),
    ("保定市宏远汽车配件有限公司", "C36", ["operator", "qc", "cnc", "welder", "forklift", "warehouse"], ["130609", "130608"], 9, "flashy", {}),
    ("高碑店市鑫源箱包有限公司", "C19", ["sewing", "operator", "packer", "qc", "sales"], ["130684"], 7, "hurried", {"130684": "白沟"}),
    ("保定市佳禾家政服务有限公司", "O80", ["nanny", "maternity", "childcare", "cleaner", "carer"], ["130602", "130606"], 6, "wordy", {}),
    ("涿州市京南建筑工程有限公司", "E47", ["laborer", "rebar", "mason", "carpenter", "electrician", "site_tech"], ["130681", "130682"], 7, "hurried", {}),
    ("保定市易通物流有限公司", "G54", ["truck_driver", "loader", "warehouse", "courier"], ["130608", "130602"], 6, "plain", {}),
    ("廊坊市安达仓储服务有限公司", "G59", ["warehouse", "sorter", "forklift", "packer", "loader"], ["131022", "131003"], 9, "flashy", {"131022": "固安工业园区"}),
    ("三河市鑫华餐饮管理有限公司", "H62", ["waiter", "cook", "kitchen_helper", "cashier"], ["131082"], 6, "hurried", {"131082": "燕郊"}),
    ("香河县恒泰家具有限公司", "C21", ["operator", "packer", "qc", "truck_driver", "sewing"], ["131024"], 6, "plain", {}),
    ("廊坊市康居物业服务有限公司", "K70", ["security", "cleaner", "electrician", "maintenance"], ["131002", "131003"], 6, "hurried", {}),
    ("霸州市华信金属制品有限公司", "C33", ["welder", "operator", "forklift", "qc"], ["131081", "131025"], 6, "flashy", {}),
    ("唐山港联物流有限公司", "G58", ["truck_driver", "forklift", "loader", "warehouse"], ["130209", "130207"], 7, "plain", {"130209": "曹妃甸工业区"}),
    ("唐山市宏达钢结构工程有限公司", "E48", ["welder", "rebar", "laborer", "electrician", "site_tech"], ["130203", "130208"], 7, "hurried", {}),
    ("唐山市凤凰餐饮有限公司", "H62", ["waiter", "cook", "kitchen_helper", "dishwasher", "cashier"], ["130203", "130202"], 6, "plain", {}),
    ("唐山市惠民超市有限公司", "F52", ["cashier", "shop_assistant", "stocker", "security"], ["130202", "130283"], 6, "hurried", {}),
    ("邯郸市通达快递服务有限公司", "G60", ["courier", "sorter", "loader", "rider"], ["130403", "130402", "130408"], 7, "flashy", {}),
    ("邯郸市永年区恒力紧固件有限公司", "C33", ["operator", "packer", "qc", "forklift", "cnc"], ["130408"], 7, "hurried", {}),
    ("邯郸市丛台区食为天餐饮有限公司", "H62", ["waiter", "cook", "kitchen_helper", "dishwasher"], ["130403"], 5, "hurried", {}),
    ("太原市晋通物流有限公司", "G59", ["warehouse", "forklift", "sorter", "loader", "truck_driver"], ["140105", "140108"], 8, "plain", {}),
    ("山西晋阳家政服务有限公司", "O80", ["nanny", "maternity", "childcare", "cleaner", "carer", "elder_carer"], ["140106", "140107"], 8, "wordy", {}),
    ("太原市老味道餐饮管理有限公司", "H62", ["waiter", "cook", "pastry", "kitchen_helper", "dishwasher"], ["140105", "140109"], 7, "hurried", {}),
    ("山西华晟建筑工程有限公司", "E47", ["rebar", "carpenter", "mason", "laborer", "plumber", "site_tech"], ["140110", "140121"], 8, "hurried", {}),
    ("太原市博学教育培训学校", "P83", ["tutor", "preschool", "sales", "receptionist"], ["140105", "140106"], 6, "wordy", {}),
    ("大同市平城区鑫源物业服务有限公司", "K70", ["security", "cleaner", "electrician", "maintenance"], ["140213", "140214"], 6, "hurried", {}),
    ("大同市恒运汽车服务有限公司", "O81", ["mechanic", "car_wash", "sales", "receptionist"], ["140213", "140215"], 5, "plain", {}),
    ("济南鲁通物流有限公司", "G59", ["warehouse", "forklift", "sorter", "loader", "truck_driver", "courier"], ["370105", "370112", "370115"], 9, "plain", {}),
    ("济南泉城家政服务有限公司", "O80", ["nanny", "childcare", "maternity", "cleaner", "carer"], ["370102", "370103", "370104"], 8, "wordy", {}),
    ("济南和美餐饮管理有限公司", "H62", ["waiter", "cook", "kitchen_helper", "dishwasher", "cashier", "store_manager"], ["370102", "370112"], 8, "plain", {}),
    ("济南云帆信息科技有限公司", "I65", ["programmer", "it_support", "customer_service", "telesales", "clerk"], ["370102"], 7, "wordy", {}),
    ("济南市章丘区鲁明机械有限公司", "C34", ["cnc", "welder", "operator", "qc", "electrician"], ["370114"], 7, "flashy", {"370114": "章丘明水"}),
    ("济南安居房地产经纪有限公司", "K70", ["estate_agent", "sales", "clerk"], ["370103", "370104", "370112"], 6, "flashy", {}),
    ("德州市华宇纺织有限公司", "C17", ["operator", "sewing", "qc", "maintenance", "packer"], ["371402", "371482"], 7, "plain", {"371402": "德州经济开发区"}),
    ("乐陵市惠佳超市有限公司", "F52", ["cashier", "shop_assistant", "stocker"], ["371481", "371402"], 5, "hurried", {}),
    ("德州市恒信汽车维修服务有限公司", "O81", ["mechanic", "car_wash"], ["371402", "371425"], 4, "hurried", {}),
    ("聊城市鑫润食品有限公司", "C13", ["operator", "packer", "qc", "forklift", "warehouse"], ["371502", "371503"], 7, "plain", {}),
    ("临清市鑫盛轴承有限公司", "C34", ["cnc", "operator", "qc", "packer"], ["371581"], 5, "hurried", {}),
    ("聊城市顺达快递有限公司", "G60", ["courier", "sorter", "loader"], ["371502", "371526"], 5, "flashy", {}),
    ("沧州市鑫达物流有限公司", "G54", ["truck_driver", "loader", "warehouse"], ["130903"], 4, "hurried", {}),
    ("衡水市康宁护理院", "Q84", ["carer", "elder_carer", "cleaner", "cook"], ["131102"], 5, "plain", {}),
    ("邢台市宏诚会计服务有限公司", "L72", ["accountant", "fin_cashier", "hr", "clerk"], ["130502"], 4, "plain", {}),
]

# short names used in descriptions ("本公司", "我店", ...)
ORG_WORD = {"H62": "本店", "O80": "本公司", "F52": "本超市", "Q85": "本中心", "Q84": "本院", "P83": "本校"}

# ---------------------------------------------------------------------------------------------
# Phrasing pools
# ---------------------------------------------------------------------------------------------
TITLE_PREFIX = ["【急招】", "急招", "急聘", "高薪诚聘", "诚聘", "招聘", "【高薪】", "直招", "", ""]
GENERIC_TITLES = ["诚聘", "急招数名", "招聘启事", "招工", "高薪招聘", "招人了", "本公司急招"]
PERK_WORDS = {
    "room_and_board": ["包吃住", "提供食宿", "管吃管住"],
    "meals": ["管饭", "包吃", "提供工作餐", "管一顿午饭"],
    "housing": ["包住", "提供员工宿舍", "有宿舍"],
    "meal_allowance": ["有餐补", "每月餐补300"],
    "housing_allowance": ["有住房补贴", "不住宿舍每月补贴300"],
    "social_insurance": ["缴纳五险", "交社保", "上五险"],
    "housing_fund": ["有公积金"],
    "weekends_off": ["周末双休", "双休"],
    "alternate_weekends": ["大小周", "单双休轮换"],
    "transport": ["有交通补贴", "每月车补"],
    "shuttle": ["有班车接送", "班车接送"],
    "paid_leave": ["带薪年假", "有带薪年假"],
    "year_end_bonus": ["有年终奖", "年底发年终奖"],
    "training": ["岗前培训", "公司统一培训", "包教包会"],
    "weekly_pay": ["工资周结", "一周一结"],
    "full_attendance": ["有全勤奖", "全勤奖200"],
}
FORM_BENEFIT = {"room_and_board": "room_and_board", "meals": "meals", "housing": "housing",
                "social_insurance": "social_insurance", "transport": "transport", "shuttle": "shuttle",
                "paid_leave": "paid_leave", "year_end_bonus": "year_end_bonus", "training": "training",
                "weekends_off": "weekends_off"}
SHIFT_WORDS = {"day": ["长白班", "白班，早8点到晚5点", "只上白班", "早八晚六"],
               "night": ["夜班，晚10点到早6点", "上夜班", "夜班为主"],
               "two_shift": ["两班倒", "白夜班倒班", "12小时两班倒"],
               "flexible": ["时间灵活", "时间可商量", "可自由安排时间"]}
GROUP_WORDS = {"graduate": ["欢迎2020届毕业生", "应届生可", "欢迎应届毕业生"],
               "veteran": ["退役军人优先", "欢迎退伍军人"],
               "migrant_worker": ["欢迎农民工朋友", "返岗农民工优先"],
               "hubei": ["欢迎湖北籍劳动者", "湖北籍返岗人员同等录用"],
               "disabled": ["残疾人可", "欢迎肢体轻度残疾人士"],
               "poverty_registered": ["建档立卡贫困户优先", "扶贫岗位，贫困户优先"],
               "employment_difficulty": ["就业困难人员优先", "欢迎就业困难人员"]}
EDU_WORDS = {"none": ["学历不限", "不要求学历", ""], "junior_middle": ["初中以上学历", "初中及以上"],
             "senior_high": ["高中或中专以上", "高中以上学历"], "associate": ["大专以上学历", "专科及以上"],
             "bachelor": ["本科以上学历", "统招本科"]}
CLOSINGS = ["有意者请投递简历。", "欢迎来电咨询。", "可先来面试。", "合适者尽快上岗。", "", "", "长期招聘。"]
OPENERS = ["因业务发展需要，现招聘{t}{n}名。", "现招{t}{n}人。", "急招{t}，名额有限。", "{org}招{t}。",
           "{org}长期招聘{t}，待遇从优。", ""]
