# ruff: noqa: E501
"""The v12 world: job kinds, employers, places, phrasing pools. Data only (plus tiny helpers)."""

from __future__ import annotations


def _k(name, fam, occ, pay, alt=(), rel=(), cycle="monthly", typ="full_time", edu="none", exp=0,
       sched="day", age=50, duty=""):
    return {"name": name, "fam": fam, "occ": list(occ), "pay": pay, "alt": list(alt), "rel": list(rel),
            "cycle": cycle, "type": typ, "edu": edu, "exp": exp, "sched": sched, "age": age, "duty": duty}


# kind -> facts. occ: codes an employer picks from the form list (first = most usual, often a broad group)
KINDS = {
    # construction and roads
    "site_labourer": _k("建筑小工", "construction", ["6-29", "6-29-01", "8-00"], (4500, 6500), ["工地杂工", "力工", "建筑普工", "小工"], ["bricklayer", "rebar_worker", "loader_worker"], "daily", age=58, duty="工地搬运材料、清理现场、配合大工干活"),
    "rebar_worker": _k("钢筋工", "construction", ["6-29", "6-29-01"], (7000, 10000), ["钢筋大工", "钢筋班组"], ["formwork_carpenter", "site_labourer"], "piece", exp=1, age=55, duty="钢筋下料、绑扎，按图施工"),
    "formwork_carpenter": _k("木工", "construction", ["6-29", "6-29-01"], (7500, 11000), ["支模木工", "模板工", "建筑木工"], ["rebar_worker", "scaffolder"], "piece", exp=2, age=55, duty="主体支模、加固、拆模"),
    "bricklayer": _k("瓦工", "construction", ["6-29", "6-29-01", "6-29-04"], (7000, 10000), ["砌筑工", "泥瓦工", "大工（瓦工）"], ["plasterer", "site_labourer"], "piece", exp=1, age=55, duty="砌墙、抹灰、贴砖"),
    "plasterer": _k("抹灰工", "construction", ["6-29", "6-29-04"], (6500, 9500), ["粉刷工", "腻子工", "内墙抹灰"], ["bricklayer", "painter"], "piece", exp=1, age=55, duty="内外墙抹灰、找平"),
    "painter": _k("油漆工", "construction", ["6-29-04", "6-29"], (6000, 9000), ["涂料工", "喷漆工", "刷漆师傅"], ["plasterer"], "daily", exp=1, age=55, duty="钢结构及墙面涂刷"),
    "scaffolder": _k("架子工", "construction", ["6-29", "6-29-02"], (7500, 10500), ["脚手架工", "外架工"], ["formwork_carpenter"], "daily", exp=1, age=50, duty="搭设拆除脚手架，需持特种作业证"),
    "welder": _k("电焊工", "trades", ["6-18", "6-29-03", "6-19"], (7000, 11000), ["焊工", "氩弧焊工", "二保焊工", "电焊师傅"], ["fitter", "electrician"], exp=1, age=55, duty="钢结构焊接、管道焊接，持焊工证"),
    "electrician": _k("电工", "trades", ["6-29-03", "6-28", "6-31"], (5500, 8500), ["水电工", "维修电工", "低压电工"], ["welder", "mechanic"], exp=1, age=55, duty="配电安装、线路维修，持电工证"),
    "excavator_op": _k("挖掘机司机", "machinery", ["6-30", "6-29-02"], (8000, 13000), ["挖机师傅", "勾机手", "挖机司机", "钩机操作手"], ["loader_op", "roller_op"], exp=2, age=55, duty="操作挖掘机进行土方开挖"),
    "loader_op": _k("装载机司机", "machinery", ["6-30"], (7000, 10000), ["铲车司机", "装载机操作手", "铲车师傅"], ["excavator_op", "forklift_op"], exp=1, age=55, duty="装载机上料、倒运"),
    "roller_op": _k("压路机司机", "machinery", ["6-30", "6-29-02"], (7000, 10000), ["压路机操作手", "压路机手"], ["excavator_op", "paver_op"], exp=1, age=55, duty="路基路面碾压"),
    "paver_op": _k("摊铺机操作手", "machinery", ["6-30"], (8000, 12000), ["沥青摊铺机手", "摊铺机司机"], ["roller_op"], exp=2, age=55, duty="沥青、水稳层摊铺"),
    "site_engineer": _k("施工员", "site_tech", ["2-02", "2-02-18"], (6000, 9000), ["现场技术员", "土建施工员", "路桥技术员"], ["surveyor", "safety_officer", "doc_clerk"], edu="associate", exp=1, duty="现场施工管理、技术交底"),
    "surveyor": _k("测量员", "site_tech", ["4-08", "4-08-03", "2-02"], (5500, 8500), ["测量工", "放线员", "全站仪测量"], ["site_engineer"], edu="senior_high", exp=1, duty="放线、标高控制，会用全站仪"),
    "safety_officer": _k("安全员", "site_tech", ["3-02", "2-02"], (5000, 7500), ["安全管理员", "专职安全员"], ["site_engineer", "doc_clerk"], edu="associate", exp=1, duty="现场安全巡查、安全台账，持安全员证"),
    "doc_clerk": _k("资料员", "site_tech", ["3-01", "2-02"], (4000, 6000), ["工程资料员", "内业资料员"], ["site_engineer", "office_clerk"], edu="associate", duty="工程资料整理归档"),
    # mining and energy
    "coal_miner": _k("井下采煤工", "mining", ["6-16"], (9000, 14000), ["综采工", "采煤工", "掘进工", "井下工人"], ["mine_electrician"], sched="rotating", age=50, duty="综采工作面生产，三班倒"),
    "mine_electrician": _k("矿山机电工", "mining", ["6-16", "6-31-01", "6-29-03"], (8000, 12000), ["井下电钳工", "机电维修工", "电钳工"], ["coal_miner", "electrician", "mechanic"], edu="senior_high", exp=1, sched="rotating", duty="井下机电设备检修"),
    "solar_om": _k("光伏电站运维", "energy", ["6-28", "4-11"], (5000, 7500), ["光伏运维员", "电站值班员", "新能源运维"], ["wind_om", "electrician"], edu="associate", sched="rotating", duty="光伏电站巡检、值班、清洗组件"),
    "wind_om": _k("风电运维", "energy", ["6-28", "4-11"], (6000, 9000), ["风机检修工", "风电场运维员"], ["solar_om", "electrician"], edu="associate", sched="rotating", duty="风机巡检与检修，需登高"),
    "chem_operator": _k("化工操作工", "factory", ["6-11", "6-10"], (5500, 8000), ["化工外操", "DCS操作工", "煤化工操作工"], ["factory_worker"], edu="senior_high", sched="rotating", duty="装置巡检、按规程操作"),
    # agriculture and food
    "cotton_picker": _k("拾花工", "agriculture", ["5-01", "5-05"], (4000, 7000), ["采棉工", "摘棉花", "拾棉花工人"], ["farm_hand", "fruit_picker"], "piece", "temporary", age=60, duty="9月起手工拾棉花，按公斤计价"),
    "fruit_picker": _k("采摘工", "agriculture", ["5-01", "8-00"], (3500, 5500), ["摘果工", "摘苹果", "枸杞采摘工", "葡萄采摘", "果园临时工"], ["farm_hand", "cotton_picker", "fruit_sorter"], "daily", "temporary", age=60, duty="果园采摘、装筐"),
    "farm_hand": _k("农场工人", "agriculture", ["5-01", "5-99"], (3500, 5000), ["大棚工人", "种植工", "果园工人", "农业工人"], ["fruit_picker", "farm_machinist"], age=60, duty="大棚种植、修剪、浇水施肥"),
    "farm_machinist": _k("农机手", "agriculture", ["5-05", "6-30"], (6000, 9000), ["拖拉机手", "采棉机驾驶员", "收割机司机"], ["farm_hand", "loader_op"], exp=1, duty="驾驶拖拉机、采棉机作业"),
    "herder": _k("养殖工", "agriculture", ["5-03"], (4000, 6000), ["养牛工", "饲养员", "牛羊饲养员", "放羊工"], ["farm_hand", "vet_tech"], age=58, duty="牛羊喂养、清圈"),
    "vet_tech": _k("畜牧兽医技术员", "agriculture", ["2-03", "5-05"], (5000, 7500), ["防疫员", "兽医"], ["herder"], edu="associate", duty="防疫、配种、疾病诊治"),
    "meat_cutter": _k("屠宰分割工", "food", ["6-01", "6-02"], (5500, 8500), ["分割工", "剔骨工", "牛羊肉分割", "屠宰工"], ["food_packer", "factory_worker"], "piece", exp=0, sched="rotating", duty="牛羊胴体分割、剔骨，计件"),
    "food_packer": _k("食品包装工", "food", ["6-02", "6-01"], (3500, 5000), ["包装工", "装箱工", "食品厂普工"], ["meat_cutter", "fruit_sorter", "factory_worker"], sched="rotating", duty="流水线包装、封箱、贴标"),
    "fruit_sorter": _k("分拣包装工", "food", ["6-01", "4-02-06"], (3500, 4800), ["选果工", "水果分拣", "枸杞分拣工"], ["food_packer", "fruit_picker"], "daily", "temporary", age=58, duty="水果、枸杞挑拣分级、装箱"),
    "qc_inspector": _k("质检员", "food", ["6-31-03", "6-31"], (4000, 6000), ["品控员", "化验员", "检验员"], ["food_packer", "office_clerk"], edu="associate", duty="原料及成品检验、记录"),
    "naan_baker": _k("打馕师傅", "catering", ["4-03-02", "6-02"], (4500, 7000), ["馕坑师傅", "烤馕师傅"], ["cook", "noodle_chef"], exp=1, duty="和面、打馕"),
    # factories
    "factory_worker": _k("普工", "factory", ["6-31", "6-99", "8-00"], (3800, 5500), ["操作工", "流水线工人", "车间工人", "生产工人"], ["food_packer", "sewing_worker", "forklift_op"], sched="rotating", duty="车间流水线操作"),
    "sewing_worker": _k("缝纫工", "factory", ["6-05", "6-05-01", "6-04"], (3500, 6000), ["车工", "平车工", "缝纫机工"], ["factory_worker", "spinner"], "piece", duty="服装缝制，计件"),
    "spinner": _k("纺纱挡车工", "factory", ["6-04"], (3800, 5500), ["挡车工", "纺织工", "细纱工"], ["sewing_worker", "factory_worker"], sched="rotating", duty="纺纱设备看管、接头"),
    "mechanic": _k("设备维修工", "trades", ["6-31-01", "6-31"], (5000, 8000), ["机修工", "设备保全", "机修师傅"], ["electrician", "welder", "car_mechanic"], edu="senior_high", exp=2, duty="生产设备保养维修"),
    "fitter": _k("钳工", "trades", ["6-18-01", "6-20"], (5000, 7500), ["装配钳工", "机修钳工"], ["mechanic", "welder"], edu="senior_high", exp=1, duty="零件装配、划线"),
    # logistics and transport
    "courier": _k("快递员", "logistics", ["4-02-07", "4-02"], (5000, 8000), ["快递小哥", "派件员", "收派员", "快递派送"], ["delivery_rider", "sorter"], "piece", duty="片区快递收派"),
    "delivery_rider": _k("外卖骑手", "logistics", ["4-02-07", "4-02"], (5000, 9000), ["外卖配送员", "骑手", "送餐员", "众包骑手"], ["courier"], "piece", "flexible", sched="flexible", duty="外卖配送，电动车自备或公司租"),
    "truck_driver": _k("货车司机", "driving", ["4-02-02", "4-02", "6-30"], (7000, 11000), ["大车司机", "重卡司机", "半挂司机", "A2司机", "B2司机"], ["car_driver", "bus_driver"], exp=2, age=55, duty="长途或短途货运，持A2/B2驾照"),
    "car_driver": _k("小车司机", "driving", ["4-02-02", "4-02"], (4000, 6000), ["商务司机", "公司司机", "专职司机"], ["truck_driver", "bus_driver"], exp=2, duty="公司用车接送，C1驾照"),
    "bus_driver": _k("客车司机", "driving", ["4-02-02", "4-02"], (5500, 8000), ["大巴司机", "公交司机", "旅游大巴司机"], ["truck_driver", "car_driver"], exp=3, duty="客运驾驶，持A1驾照"),
    "warehouse_keeper": _k("仓库管理员", "logistics", ["4-02-06", "4-02"], (4000, 5500), ["库管", "仓管", "仓管员"], ["sorter", "loader_worker", "forklift_op"], edu="senior_high", duty="出入库、盘点、单据"),
    "sorter": _k("分拣员", "logistics", ["4-02-05", "4-02-06", "4-02"], (4000, 5500), ["快递分拣", "分拨中心分拣", "理货员（仓库）"], ["loader_worker", "courier", "warehouse_keeper"], sched="night", duty="分拨中心包裹分拣、扫描"),
    "loader_worker": _k("装卸工", "logistics", ["4-02-05", "4-02"], (4500, 7000), ["搬运工", "装卸搬运", "卸车工"], ["sorter", "site_labourer"], "piece", age=55, duty="装车卸车，计件"),
    "forklift_op": _k("叉车司机", "logistics", ["6-30", "4-02-05"], (4500, 6500), ["叉车工", "叉车师傅"], ["loader_worker", "warehouse_keeper", "loader_op"], exp=1, duty="叉车装卸、持叉车证"),
    # catering
    "waiter": _k("服务员", "catering", ["4-03-02", "4-03"], (3000, 4200), ["餐厅服务员", "传菜员", "前厅服务员", "迎宾"], ["dishwasher", "kitchen_helper", "cashier"], age=45, duty="点菜、传菜、收拾餐桌"),
    "cook": _k("厨师", "catering", ["4-03-02", "4-03"], (5000, 9000), ["炒锅", "大厨", "热菜厨师", "主厨", "川菜厨师"], ["kitchen_helper", "noodle_chef", "bbq_chef"], exp=2, duty="热菜炒制、菜品研发"),
    "kitchen_helper": _k("帮厨", "catering", ["4-03-02", "4-03"], (3000, 4000), ["切配", "打荷", "墩子", "后厨杂工"], ["cook", "dishwasher"], age=50, duty="洗菜切配、打荷"),
    "dishwasher": _k("洗碗工", "catering", ["4-03-02", "4-03", "8-00"], (2600, 3500), ["洗碗阿姨", "后厨保洁", "洗碗"], ["kitchen_helper", "cleaner"], age=58, duty="餐具清洗消毒"),
    "noodle_chef": _k("拉面师傅", "catering", ["4-03-02", "4-03"], (5000, 8000), ["牛肉面拉面师", "拉面匠", "面案师傅", "揉面师傅"], ["cook", "naan_baker", "kitchen_helper"], exp=1, duty="牛肉面拉面、和面、下面"),
    "bbq_chef": _k("烧烤师傅", "catering", ["4-03-02", "4-03"], (5000, 8000), ["烤肉师傅", "烤串师傅", "烤羊肉串"], ["cook"], exp=1, sched="evening", duty="羊肉串、烤肉，晚上营业"),
    # tourism and hotels
    "tour_guide": _k("导游", "tourism", ["4-07", "4-13"], (3500, 7000), ["地接导游", "旅游顾问（带团）"], ["scenic_guide"], edu="associate", duty="带团讲解，持导游证"),
    "scenic_guide": _k("景区讲解员", "tourism", ["4-13", "4-07"], (3000, 4500), ["讲解员", "景区解说员"], ["tour_guide", "ticket_staff"], edu="senior_high", age=35, duty="景区景点讲解"),
    "ticket_staff": _k("景区售检票员", "tourism", ["4-07", "4-13", "8-00"], (2800, 3800), ["检票员", "售票员", "景区服务员"], ["scenic_guide", "cashier"], age=45, duty="售票、检票、游客引导"),
    "front_desk": _k("酒店前台", "hotel", ["4-03-01", "4-03"], (3000, 4200), ["前台接待", "总台接待", "宾馆前台"], ["room_attendant"], edu="senior_high", sched="rotating", age=35, duty="入住退房登记、接待"),
    "room_attendant": _k("客房服务员", "hotel", ["4-03-01", "4-03"], (2800, 4000), ["客房阿姨", "做房员", "宾馆保洁"], ["front_desk", "cleaner"], age=50, duty="客房清扫、布草更换"),
    # retail and sales
    "cashier": _k("收银员", "retail", ["4-01", "4-01-02"], (2800, 3800), ["收银", "超市收银", "收银员兼导购"], ["shop_assistant", "waiter"], edu="junior_middle", sched="rotating", age=40, duty="收银、对账"),
    "shop_assistant": _k("营业员", "retail", ["4-01-02", "4-01"], (3000, 5000), ["导购", "店员", "门店销售", "卖场导购"], ["cashier", "stocker", "sales_rep"], age=40, duty="门店接待、陈列、销售"),
    "stocker": _k("理货员", "retail", ["4-01", "4-02-06"], (2800, 3800), ["上货员", "超市理货", "补货员"], ["shop_assistant", "warehouse_keeper"], age=50, duty="超市上货、理货"),
    "sales_rep": _k("销售代表", "sales", ["4-01-02", "2-06-07", "4-01"], (4000, 10000), ["业务员", "销售专员", "市场专员", "置业顾问"], ["shop_assistant", "customer_service"], edu="senior_high", duty="客户开发、业务跟进，底薪加提成"),
    "fuel_attendant": _k("加油员", "retail", ["4-01", "8-00"], (3200, 4200), ["加油站员工", "加油工"], ["cashier"], edu="junior_middle", sched="rotating", age=45, duty="加油、收银"),
    # domestic services
    "nanny": _k("保姆", "domestic", ["4-10", "4-10-01"], (4000, 6500), ["住家阿姨", "家政阿姨", "做饭阿姨", "住家保姆"], ["maternity_nurse", "caregiver", "cleaner"], age=58, duty="做饭、家务、照顾老人或小孩"),
    "maternity_nurse": _k("月嫂", "domestic", ["4-10", "4-10-01"], (6000, 12000), ["育婴师", "育儿嫂", "母婴护理"], ["nanny", "caregiver"], exp=1, age=55, duty="产妇和新生儿护理，持证优先"),
    "caregiver": _k("养老护理员", "domestic", ["4-10-01", "4-10", "4-14"], (3500, 5500), ["护工", "养老院护理员", "陪护"], ["nanny", "nurse"], sched="rotating", age=55, duty="老人生活照料、翻身喂饭"),
    "cleaner": _k("保洁员", "domestic", ["4-10", "4-09", "4-06-01"], (2400, 3500), ["保洁阿姨", "清洁工", "环卫工", "物业保洁"], ["room_attendant", "dishwasher"], age=60, duty="公共区域清洁"),
    "security_guard": _k("保安", "services", ["4-07-05", "3-02"], (2800, 4000), ["保安员", "门卫", "秩序维护员", "巡逻员"], ["cleaner"], sched="rotating", age=55, duty="门岗、巡逻、登记"),
    # offices and professionals
    "office_clerk": _k("文员", "office", ["3-01", "3-99"], (2800, 4000), ["办公室文员", "行政文员", "内勤", "录入员"], ["receptionist_admin", "customer_service", "doc_clerk"], edu="associate", age=35, duty="文件整理、录入、接待"),
    "receptionist_admin": _k("行政专员", "office", ["3-01", "2-06-08"], (3500, 5000), ["行政人事", "人事专员", "HR专员"], ["office_clerk"], edu="associate", exp=1, duty="行政后勤、招聘与考勤"),
    "accountant": _k("会计", "office", ["2-06-03", "2-06"], (4000, 6500), ["主管会计", "成本会计", "财务会计", "做账会计"], ["cashier_finance"], edu="associate", exp=2, duty="账务处理、报税"),
    "cashier_finance": _k("出纳", "office", ["2-06-03", "3-01"], (3000, 4500), ["出纳员", "财务出纳"], ["accountant", "office_clerk"], edu="associate", duty="现金、银行日记账"),
    "customer_service": _k("客服", "office", ["4-07", "4-04"], (3000, 5000), ["客服专员", "电话客服", "在线客服", "售后客服"], ["office_clerk", "sales_rep"], edu="senior_high", sched="rotating", age=35, duty="电话或在线解答咨询"),
    "car_mechanic": _k("汽修工", "trades", ["4-12-01", "4-12"], (4500, 8000), ["汽车维修工", "机修（汽修）", "汽车修理工", "钣喷师傅"], ["mechanic"], exp=1, duty="汽车保养、维修"),
    "preschool_teacher": _k("幼儿教师", "education", ["2-08-04", "2-08"], (3000, 4500), ["幼师", "幼儿园老师", "配班老师"], ["tutor"], edu="associate", age=35, duty="幼儿园带班、保教"),
    "tutor": _k("辅导老师", "education", ["2-08", "4-13"], (3500, 6000), ["托管老师", "课外辅导老师", "学科老师"], ["preschool_teacher"], edu="bachelor", duty="中小学学科辅导、作业托管"),
    "nurse": _k("护士", "medical", ["2-05-08", "2-05"], (3500, 5500), ["护理", "注册护士", "临床护士"], ["caregiver"], edu="associate", sched="rotating", age=40, duty="临床护理，持护士执业证"),
}

FAMILIES: dict[str, list[str]] = {}
for _kind, _facts in KINDS.items():
    FAMILIES.setdefault(_facts["fam"], []).append(_kind)


def family(kind: str) -> str:
    return KINDS[kind]["fam"]


def related(kind: str) -> set[str]:
    return set(KINDS[kind]["rel"]) | set(FAMILIES[family(kind)])


# workplaces of this world: code -> short name people type
PLACES = {
    "610102": "新城区", "610103": "碑林区", "610104": "莲湖区", "610111": "灞桥区", "610112": "未央区",
    "610113": "雁塔区", "610115": "临潼区", "610116": "长安区", "610118": "鄠邑区", "610117": "高陵区",
    "610302": "渭滨区", "610303": "金台区", "610304": "陈仓区", "610305": "凤翔区", "610323": "岐山县", "610326": "眉县",
    "610402": "秦都区", "610404": "渭城区", "610403": "杨陵区", "610482": "彬州市", "610425": "礼泉县",
    "610881": "神木市",
    "620102": "城关区", "620103": "七里河区", "620105": "安宁区", "620104": "西固区", "620123": "榆中县", "620121": "永登县",
    "620502": "秦州区", "620503": "麦积区", "620522": "秦安县", "620200": "嘉峪关",
    "640104": "兴庆区", "640105": "西夏区", "640106": "金凤区", "640121": "永宁县", "640122": "贺兰县", "640181": "灵武市",
    "640202": "大武口区", "640221": "平罗县",
    "650102": "天山区", "650103": "沙依巴克区", "650104": "新市区", "650109": "米东区", "650106": "头屯河区",
    "652301": "昌吉市", "652324": "玛纳斯县",
    "653101": "喀什市", "653125": "莎车县", "653122": "疏勒县",
    "652901": "阿克苏市", "652924": "沙雅县",
    "510116": "双流区", "510117": "郫都区", "510114": "新都区", "510112": "龙泉驿区", "510185": "简阳市",
    "510703": "涪城区", "510704": "游仙区", "510781": "江油市",
    "520302": "红花岗区", "520303": "汇川区", "520382": "仁怀市", "520328": "湄潭县",
}

CITY_NAMES = {
    "6101": "西安", "6103": "宝鸡", "6104": "咸阳", "6108": "榆林", "6201": "兰州", "6205": "天水", "6202": "嘉峪关",
    "6401": "银川", "6402": "石嘴山", "6501": "乌鲁木齐", "6523": "昌吉", "6531": "喀什", "6529": "阿克苏",
    "5101": "成都", "5107": "绵阳", "5203": "遵义",
}

# urban districts and their neighbouring districts of the same city (for P = 2)
NEIGHBOURS = {
    "610102": ["610103", "610104", "610111", "610112"],
    "610103": ["610102", "610104", "610113"],
    "610104": ["610102", "610103", "610112", "610113"],
    "610111": ["610102", "610112", "610115", "610113"],
    "610112": ["610102", "610104", "610111", "610117"],
    "610113": ["610103", "610104", "610116", "610111"],
    "610116": ["610113", "610118"],
    "610115": ["610111", "610117"],
    "610117": ["610112", "610115"],
    "610118": ["610116"],
    "610302": ["610303", "610304"], "610303": ["610302", "610304"], "610304": ["610302", "610303"],
    "610402": ["610404"], "610404": ["610402"],
    "620102": ["620103", "620105"], "620103": ["620102", "620104", "620105"], "620105": ["620102", "620103", "620104"], "620104": ["620103", "620105"],
    "620502": ["620503"], "620503": ["620502"],
    "640104": ["640106", "640105"], "640105": ["640106", "640104"], "640106": ["640104", "640105"],
    "650102": ["650103", "650105", "650104"], "650103": ["650102", "650104", "650106"], "650104": ["650103", "650102", "650109"],
    "650109": ["650104"], "650106": ["650103"],
    "510116": ["510107", "510115"], "510117": ["510106", "510114", "510115"], "510114": ["510106", "510113", "510117"],
    "510112": ["510108", "510104"],
    "510703": ["510704"], "510704": ["510703"],
    "520302": ["520303", "520304"], "520303": ["520302", "520304"],
}

# employers: (short key, full name, industry, [workplaces], {kind: weight}, n vacancies, style, perk base, groups)
# style: "hurried" (short, broad codes), "long" (long ads), "mixed"
EMPLOYERS = [
    ("E01", "中铁二十局集团第三工程有限公司西安分公司", "E48", ["610116", "610118"], {"site_labourer": 2, "rebar_worker": 2, "formwork_carpenter": 2, "scaffolder": 1, "site_engineer": 2, "surveyor": 1, "safety_officer": 1}, 9, "long", ["room_and_board", "social_insurance"], ["migrant_worker", "veteran", "graduate"]),
    ("E02", "陕西秦建房屋建设工程有限公司", "E47", ["610112", "610111"], {"site_labourer": 3, "bricklayer": 2, "plasterer": 2, "rebar_worker": 1, "electrician": 1, "doc_clerk": 1}, 8, "hurried", ["housing"], ["migrant_worker"]),
    ("E03", "西安曲江文化旅游集团景区管理有限公司", "R88", ["610113", "610115"], {"scenic_guide": 3, "ticket_staff": 2, "tour_guide": 1, "cleaner": 1, "security_guard": 1}, 7, "long", ["social_insurance_housing_fund", "training"], ["graduate"]),
    ("E04", "西安顺达快递有限公司", "G60", ["610112", "610113", "610104"], {"courier": 4, "sorter": 3, "loader_worker": 1, "customer_service": 1}, 8, "hurried", ["social_insurance"], ["migrant_worker", "veteran"]),
    ("E05", "西安市雁塔区老秦人餐饮管理有限公司", "H62", ["610113", "610103"], {"waiter": 3, "cook": 2, "kitchen_helper": 2, "dishwasher": 1, "cashier": 1}, 8, "hurried", ["room_and_board"], []),
    ("E06", "西安美团众包配送服务有限公司", "G54", ["610113", "610112", "610102", "610116"], {"delivery_rider": 5}, 6, "mixed", ["training"], ["migrant_worker", "employment_difficulty"]),
    ("E07", "西安华晟家政服务有限公司", "O80", ["610104", "610113", "610116"], {"nanny": 3, "maternity_nurse": 2, "cleaner": 2, "caregiver": 1}, 8, "long", ["training"], ["poverty_registered", "employment_difficulty"]),
    ("E08", "陕西隆基绿能光伏运维有限公司", "D44", ["610881", "610116"], {"solar_om": 3, "electrician": 1, "safety_officer": 1}, 5, "long", ["social_insurance_housing_fund", "room_and_board", "year_end_bonus"], ["graduate", "veteran"]),
    ("E09", "陕西神木聚源煤业有限公司", "B06", ["610881"], {"coal_miner": 3, "mine_electrician": 2, "loader_op": 1, "security_guard": 1}, 8, "mixed", ["social_insurance_housing_fund", "room_and_board", "shuttle"], ["veteran", "migrant_worker"]),
    ("E10", "宝鸡秦川机械装备制造有限公司", "C34", ["610304", "610302"], {"factory_worker": 3, "welder": 2, "fitter": 2, "mechanic": 1, "qc_inspector": 1}, 8, "mixed", ["social_insurance_housing_fund", "meals", "shuttle"], ["graduate", "veteran"]),
    ("E11", "眉县秦岭猕猴桃专业合作社", "A01", ["610326"], {"fruit_picker": 3, "fruit_sorter": 2, "farm_hand": 1}, 6, "hurried", ["meals"], ["poverty_registered"]),
    ("E12", "宝鸡市金台区宏远酒店有限公司", "H61", ["610303"], {"front_desk": 2, "room_attendant": 2, "waiter": 1, "cook": 1, "security_guard": 1}, 7, "mixed", ["room_and_board", "social_insurance"], []),
    ("E13", "咸阳纺织集团有限公司", "C17", ["610404", "610402"], {"spinner": 3, "sewing_worker": 2, "factory_worker": 2, "mechanic": 1}, 8, "mixed", ["social_insurance", "housing", "meals"], ["migrant_worker", "poverty_registered"]),
    ("E14", "杨凌农业科技示范园区管理有限公司", "A01", ["610403"], {"farm_hand": 3, "vet_tech": 1, "farm_machinist": 1, "office_clerk": 1}, 6, "long", ["meals", "training"], ["graduate", "poverty_registered"]),
    ("E15", "礼泉县烟霞苹果产业合作社", "A01", ["610425"], {"fruit_picker": 3, "fruit_sorter": 2, "farm_hand": 1}, 5, "hurried", [], ["poverty_registered"]),
    ("E16", "彬州市新华路桥工程有限公司", "E48", ["610482", "610402"], {"excavator_op": 2, "roller_op": 2, "paver_op": 1, "site_labourer": 2, "surveyor": 1, "truck_driver": 1}, 8, "hurried", ["room_and_board"], ["migrant_worker", "veteran"]),
    ("E17", "陕西华远物流集团有限公司", "G54", ["610117", "610111"], {"truck_driver": 3, "warehouse_keeper": 2, "forklift_op": 2, "loader_worker": 2}, 8, "mixed", ["social_insurance", "housing"], ["veteran", "migrant_worker"]),
    ("E18", "西安唐韵大酒店有限公司", "H61", ["610102", "610103"], {"front_desk": 2, "room_attendant": 2, "waiter": 2, "cook": 1, "kitchen_helper": 1}, 8, "long", ["room_and_board", "social_insurance_housing_fund"], ["graduate"]),
    ("E19", "西安众联信息科技有限公司", "I65", ["610113"], {"customer_service": 3, "sales_rep": 2, "office_clerk": 1, "receptionist_admin": 1}, 7, "long", ["social_insurance_housing_fund", "weekends_off", "paid_leave"], ["graduate", "disabled"]),
    ("E20", "西安好又多商贸有限公司", "F52", ["610104", "610112", "610116"], {"cashier": 3, "shop_assistant": 2, "stocker": 2, "security_guard": 1}, 8, "hurried", ["social_insurance"], ["employment_difficulty"]),
    ("E21", "兰州马子禄牛肉面餐饮有限公司", "H62", ["620102", "620103", "620105"], {"noodle_chef": 4, "waiter": 2, "kitchen_helper": 1, "dishwasher": 1}, 8, "hurried", ["room_and_board"], ["poverty_registered"]),
    ("E22", "兰州新区建设投资集团第二工程公司", "E48", ["620121", "620104"], {"site_labourer": 2, "welder": 2, "scaffolder": 1, "excavator_op": 1, "site_engineer": 1, "safety_officer": 1}, 8, "long", ["room_and_board", "social_insurance"], ["migrant_worker", "graduate"]),
    ("E23", "兰州石化配套化工有限公司", "C26", ["620104"], {"chem_operator": 3, "mechanic": 1, "qc_inspector": 1, "electrician": 1}, 6, "long", ["social_insurance_housing_fund", "shuttle", "year_end_bonus"], ["graduate", "veteran"]),
    ("E24", "甘肃陇原安居家政服务有限公司", "O80", ["620102", "620103"], {"nanny": 2, "caregiver": 2, "cleaner": 2, "maternity_nurse": 1}, 7, "hurried", [], ["poverty_registered", "employment_difficulty"]),
    ("E25", "榆中县高原夏菜种植专业合作社", "A01", ["620123"], {"farm_hand": 3, "fruit_sorter": 1, "loader_worker": 1, "farm_machinist": 1}, 6, "hurried", ["room_and_board"], ["poverty_registered"]),
    ("E26", "兰州市城关区金城物业管理有限公司", "K70", ["620102", "620105"], {"security_guard": 3, "cleaner": 3, "electrician": 1, "customer_service": 1}, 8, "hurried", ["social_insurance"], ["veteran", "employment_difficulty", "disabled"]),
    ("E27", "天水麦积山旅游发展有限公司", "R88", ["620503"], {"scenic_guide": 2, "ticket_staff": 2, "tour_guide": 1, "waiter": 1}, 6, "long", ["meals", "social_insurance"], ["graduate"]),
    ("E28", "天水花牛苹果集团有限公司", "A01", ["620522", "620502"], {"fruit_sorter": 2, "fruit_picker": 2, "food_packer": 1, "sales_rep": 1, "qc_inspector": 1}, 7, "mixed", ["meals"], ["poverty_registered", "migrant_worker"]),
    ("E29", "嘉峪关酒钢宏兴钢结构有限公司", "C33", ["620200"], {"welder": 3, "fitter": 2, "mechanic": 1, "factory_worker": 2, "forklift_op": 1}, 8, "mixed", ["social_insurance_housing_fund", "housing", "shuttle"], ["veteran", "graduate"]),
    ("E30", "天水秦州区惠民超市有限公司", "F52", ["620502"], {"cashier": 2, "shop_assistant": 2, "stocker": 2}, 6, "hurried", [], []),
    ("E31", "宁夏夏进乳业集团股份有限公司", "C14", ["640181", "640121"], {"food_packer": 3, "qc_inspector": 2, "herder": 2, "truck_driver": 1, "factory_worker": 1}, 8, "long", ["social_insurance_housing_fund", "room_and_board", "shuttle"], ["poverty_registered", "graduate"]),
    ("E32", "宁夏中宁红枸杞产业有限公司", "A01", ["640121", "640122"], {"fruit_picker": 3, "fruit_sorter": 3, "farm_hand": 1}, 7, "hurried", ["room_and_board"], ["poverty_registered", "migrant_worker"]),
    ("E33", "银川塞上牛羊肉食品有限公司", "C13", ["640122", "640106"], {"meat_cutter": 4, "food_packer": 2, "herder": 1, "forklift_op": 1}, 8, "mixed", ["room_and_board", "social_insurance"], ["migrant_worker", "poverty_registered"]),
    ("E34", "银川沙湖旅游股份有限公司", "R88", ["640221", "640104"], {"ticket_staff": 2, "scenic_guide": 2, "room_attendant": 1, "bus_driver": 1, "waiter": 1}, 7, "long", ["meals", "housing"], ["graduate"]),
    ("E35", "宁夏宁东能源化工基地煤化工有限公司", "C25", ["640181"], {"chem_operator": 3, "mine_electrician": 1, "coal_miner": 2, "safety_officer": 1}, 7, "long", ["social_insurance_housing_fund", "shuttle", "year_end_bonus", "room_and_board"], ["veteran", "graduate"]),
    ("E36", "银川兴庆区老毛手抓餐饮有限公司", "H62", ["640104", "640106"], {"cook": 2, "waiter": 3, "kitchen_helper": 1, "bbq_chef": 1, "dishwasher": 1}, 8, "hurried", ["room_and_board"], []),
    ("E37", "石嘴山宏达物流有限公司", "G54", ["640202"], {"truck_driver": 3, "loader_worker": 2, "warehouse_keeper": 1}, 6, "hurried", ["housing"], ["veteran"]),
    ("E38", "宁夏贺兰山风电运维有限公司", "D44", ["640221", "640122"], {"wind_om": 3, "solar_om": 2, "electrician": 1}, 6, "long", ["social_insurance_housing_fund", "room_and_board", "paid_leave"], ["graduate", "veteran"]),
    ("E39", "乌鲁木齐天山建工集团有限公司", "E47", ["650104", "650109", "650106"], {"site_labourer": 2, "rebar_worker": 2, "formwork_carpenter": 2, "bricklayer": 1, "electrician": 1, "site_engineer": 1}, 8, "mixed", ["room_and_board"], ["migrant_worker", "hubei"]),
    ("E40", "新疆丝路通国际物流有限公司", "G58", ["650104", "650103"], {"truck_driver": 2, "sorter": 2, "warehouse_keeper": 2, "forklift_op": 1, "office_clerk": 1}, 8, "mixed", ["social_insurance", "meals"], ["veteran", "graduate"]),
    ("E41", "乌鲁木齐大巴扎餐饮管理有限公司", "H62", ["650102"], {"bbq_chef": 2, "naan_baker": 2, "waiter": 2, "cook": 1, "dishwasher": 1}, 8, "hurried", ["room_and_board"], []),
    ("E42", "乌鲁木齐市沙依巴克区安心养老服务中心", "Q85", ["650103"], {"caregiver": 3, "nurse": 1, "cleaner": 1, "cook": 1}, 6, "long", ["social_insurance", "meals", "training"], ["employment_difficulty", "poverty_registered"]),
    ("E43", "昌吉州玛纳斯棉业有限公司", "A01", ["652324", "652301"], {"cotton_picker": 4, "farm_machinist": 2, "loader_worker": 1}, 7, "mixed", ["room_and_board"], ["migrant_worker", "poverty_registered"]),
    ("E44", "新疆昌吉汇嘉时代百货有限公司", "F52", ["652301"], {"shop_assistant": 3, "cashier": 2, "security_guard": 1, "sales_rep": 1}, 7, "hurried", ["social_insurance"], ["graduate"]),
    ("E45", "喀什古城旅游文化发展有限公司", "R88", ["653101"], {"tour_guide": 2, "scenic_guide": 2, "ticket_staff": 1, "front_desk": 1, "room_attendant": 1}, 7, "long", ["meals", "social_insurance"], ["graduate", "poverty_registered"]),
    ("E46", "莎车县巴旦木食品加工有限公司", "C13", ["653125"], {"food_packer": 3, "fruit_sorter": 2, "qc_inspector": 1, "factory_worker": 1}, 7, "hurried", ["meals"], ["poverty_registered"]),
    ("E47", "疏勒县扶贫车间服装加工厂", "C18", ["653122"], {"sewing_worker": 4, "factory_worker": 2}, 6, "hurried", ["meals", "training"], ["poverty_registered", "disabled"]),
    ("E48", "阿克苏红旗坡苹果农业开发有限公司", "A01", ["652901", "652924"], {"fruit_picker": 2, "cotton_picker": 2, "farm_hand": 2, "farm_machinist": 1}, 7, "mixed", ["room_and_board"], ["migrant_worker", "poverty_registered"]),
    ("E49", "成都双流空港物流园管理有限公司", "G59", ["510116"], {"sorter": 3, "loader_worker": 2, "forklift_op": 2, "warehouse_keeper": 1}, 8, "hurried", ["social_insurance", "meals"], ["migrant_worker"]),
    ("E50", "成都郫都区蜀香食品有限公司", "C14", ["510117"], {"food_packer": 3, "factory_worker": 2, "qc_inspector": 1, "cook": 1}, 7, "mixed", ["social_insurance", "meals", "housing"], ["migrant_worker", "hubei"]),
    ("E51", "成都新都家具制造有限公司", "C21", ["510114"], {"factory_worker": 3, "painter": 2, "forklift_op": 1, "sales_rep": 1}, 7, "hurried", ["housing", "social_insurance"], ["migrant_worker"]),
    ("E52", "成都龙泉驿汽车零部件有限公司", "C36", ["510112"], {"factory_worker": 3, "welder": 1, "qc_inspector": 1, "mechanic": 1, "car_mechanic": 1}, 8, "mixed", ["social_insurance_housing_fund", "shuttle", "meals"], ["graduate", "veteran", "hubei"]),
    ("E53", "简阳市川味缘餐饮连锁有限公司", "H62", ["510185", "510116"], {"cook": 2, "waiter": 3, "kitchen_helper": 1, "dishwasher": 1}, 7, "hurried", ["room_and_board"], []),
    ("E54", "绵阳长虹配套电子有限公司", "C39", ["510703", "510704"], {"factory_worker": 4, "qc_inspector": 1, "mechanic": 1, "receptionist_admin": 1}, 8, "mixed", ["social_insurance_housing_fund", "meals", "housing", "shuttle"], ["graduate", "migrant_worker"]),
    ("E55", "江油市恒安建筑劳务有限公司", "E47", ["510781", "510703"], {"site_labourer": 2, "bricklayer": 2, "painter": 1, "plasterer": 1}, 6, "hurried", [], ["migrant_worker"]),
    ("E56", "绵阳科创区启航教育培训学校", "P83", ["510703"], {"tutor": 3, "preschool_teacher": 1, "customer_service": 1}, 5, "long", ["weekends_off", "social_insurance"], ["graduate"]),
    ("E57", "贵州仁怀酱香酒业有限公司", "C15", ["520382"], {"factory_worker": 3, "food_packer": 2, "qc_inspector": 1, "sales_rep": 1, "truck_driver": 1}, 8, "mixed", ["social_insurance", "meals", "housing"], ["poverty_registered", "migrant_worker"]),
    ("E58", "湄潭县茶海生态茶业有限公司", "C15", ["520328"], {"farm_hand": 2, "fruit_picker": 2, "food_packer": 2}, 6, "hurried", ["meals"], ["poverty_registered"]),
    ("E59", "遵义市汇川区黔北幼儿园", "P83", ["520303"], {"preschool_teacher": 3, "caregiver": 1, "cook": 1, "security_guard": 1}, 6, "long", ["social_insurance", "meals", "paid_leave"], ["graduate"]),
    ("E60", "遵义市红花岗区康宁医院", "Q84", ["520302"], {"nurse": 3, "caregiver": 2, "cleaner": 1, "cashier_finance": 1}, 7, "long", ["social_insurance_housing_fund", "meals"], ["graduate"]),
    ("E61", "遵义黔通汽车销售服务有限公司", "F52", ["520303", "520302"], {"car_mechanic": 3, "sales_rep": 2, "cashier_finance": 1, "car_driver": 1}, 7, "mixed", ["social_insurance", "meals"], ["veteran"]),
    ("E62", "陕西秦华人力资源服务有限公司", "L72", ["610112", "610402", "610116"], {"factory_worker": 2, "security_guard": 2, "loader_worker": 1, "car_driver": 1, "office_clerk": 1}, 8, "hurried", [], ["migrant_worker", "hubei"]),
    ("E63", "西安博瑞会计服务有限公司", "L72", ["610103", "610104"], {"accountant": 3, "cashier_finance": 2, "office_clerk": 1}, 6, "long", ["social_insurance_housing_fund", "weekends_off"], ["graduate"]),
    ("E64", "宁夏鑫源加油站连锁有限公司", "F52", ["640104", "640105", "640202"], {"fuel_attendant": 3, "cashier": 1, "security_guard": 1}, 5, "hurried", ["room_and_board", "social_insurance"], ["veteran"]),
]
