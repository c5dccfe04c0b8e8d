"""Data tables for relevance_v6: job kinds, employer archetypes, places. Written from my own knowledge.

KINDS columns (| separated):
 id | name | family | occupation code | hurried alternatives | industry | titles (/) | duties (/) |
 monthly pay lo-hi | education | experience years | pay cycles | employment types | fields |
 close kinds | related kinds | schedules
pay cycles: m monthly, d daily, h hourly, w weekly, p piece, c base+commission
"""

KINDS_TABLE = r"""
pugong|普工|factory|6-31|8-00,6-25|C39|普工/操作工/生产普工/流水线普工/车间操作工/普工(长白班)|在流水线上完成简单组装和操作/按作业指导书做好本工位/产品摆放和外观自检|4500-7000|none|0|m,p,d|full_time,temporary|manufacturing|zhuangpei,baozhuang|zhijian,smt,wuliao,shipin|two_shift,day_shift
zhuangpei|装配工|factory|6-20|6-31,6-25|C34|装配工/组装工/装配操作工/打螺丝装配员/总装工|按图纸和工艺要求装配零部件/使用电批打螺丝、拧紧/组装后自检|5000-7500|none|0|m,p|full_time|manufacturing|pugong,qipei|zhijian,cnc,jishuyuan|two_shift,day_shift
smt|SMT操作员|factory|6-25|6-31|C39|SMT操作员/SMT技术员/贴片机操作工/SMT炉前炉后/贴片操作员|操作贴片机和回流焊设备/上料、换线、炉后目检/填写生产记录|5000-8000|junior_middle|0|m|full_time|manufacturing|pugong,dianzi_ceshi|zhijian,jishuyuan|two_shift
zhijian|质检员|factory|6-31-03|6-31,6-25|C39|质检员/品检/QC检验员/IPQC/来料检验员/品管员|按标准检验来料和成品/填写检验报告/不良品标识和隔离|5000-7500|senior_high|0|m|full_time|manufacturing|dianzi_ceshi|pugong,zhuangpei,smt|two_shift,day_shift
cnc|CNC操作工|factory|6-18-01|6-18,6-20|C34|CNC操作工/数控车床操作工/CNC学徒/加工中心操机员/数控车工|操作数控机床加工零件/上下料和简单调机/量具检测尺寸|6000-9500|junior_middle|0|m,p|full_time|manufacturing|qipei|zhuangpei,jishuyuan,hanjie|two_shift
zhusu|注塑工|factory|6-14|6-31|C29|注塑工/注塑操作工/注塑机操作员/啤机工/注塑技术员|看注塑机、取产品、剪水口/简单上模换模/产品外观自检|5000-7500|none|0|m,p|full_time|manufacturing|pugong|zhuangpei,jishuyuan|two_shift
baozhuang|包装工|factory|6-31|6-99,6-31|C14|包装工/包装员/打包工/成品包装/装箱员|产品装袋装箱、贴标/封箱、打托盘/简单称重计数|4200-6000|none|0|m,p,d|full_time,temporary|manufacturing|pugong,dabao|shipin,zhijian|day_shift
fengren|缝纫工|factory|6-05-01|6-05|C18|缝纫工/平车工/车位/针车工/服装车工/缝纫机工|操作平车、拷边车完成服装缝制/按工艺单做好各道工序/计件多劳多得|5500-9000|none|1|p,m|full_time|manufacturing|caijian,houdao|baozhuang|day_shift
caijian|裁床工|factory|6-05-01|6-05|C18|裁床工/裁剪工/裁床师傅/拉布工|拉布、排版、裁剪面料/按唛架裁片并分扎编号|5500-8500|none|1|m,p|full_time|manufacturing|fengren,houdao|baozhuang|day_shift
houdao|服装后道|factory|6-05|6-31|C18|后道/整烫工/剪线头/服装后整理/查衫|整烫、剪线头、查货/折叠包装成衣|4000-6500|none|0|p,m|full_time|manufacturing|fengren,caijian|baozhuang,zhijian|day_shift
qipei|汽配装配工|factory|6-22|6-20,6-31|C36|汽配装配工/汽车零部件操作工/汽车线束装配/汽车总装工/汽配普工|汽车零部件装配和检测/按节拍完成流水线工位/设备点检|5500-8500|junior_middle|0|m|full_time|manufacturing,auto|zhuangpei|cnc,hanjie,zhijian|two_shift
hanjie|焊工|factory|6-18-02|6-19,6-29|C33|焊工/电焊工/氩弧焊工/二保焊焊工/焊接操作工|按图纸焊接钢结构或零件/焊后自检打磨/持焊工证|6500-11000|none|1|m,d|full_time|manufacturing,construction|qipei|cnc,gangjin|day_shift,two_shift
jishuyuan|设备技术员|factory|6-31-01|2-02-07,6-31|C35|设备技术员/机修工/设备维修工/机电维修/设备保全|设备日常点检保养/故障维修和调试/配合改善生产线|6500-10000|senior_high|2|m|full_time|manufacturing|diangong|cnc,smt,zhusu|two_shift
dianzi_ceshi|电子测试员|factory|6-25|6-31-03|C39|测试员/电子测试工/功能测试员/老化测试员/手机测试员|用测试治具测试产品功能/记录测试数据/不良品分析上报|5000-7500|senior_high|0|m|full_time|manufacturing|zhijian,smt|pugong|two_shift
shipin|食品厂操作工|factory|6-02|6-31|C14|食品厂普工/食品操作工/烘焙车间操作工/食品生产员/肉制品加工工|按工艺要求做好食品生产加工/设备清洁消毒/产品分拣包装|4500-6500|none|0|m,d|full_time,temporary|manufacturing|baozhuang,pugong|hongbei|day_shift,two_shift
yinshua|印刷机长|factory|6-08|6-31|C23|印刷机长/印刷工/印刷学徒/丝印工/胶印机长|操作印刷设备/调色和换版/印品质量检查|5500-9000|junior_middle|1|m|full_time|manufacturing|pugong|baozhuang|day_shift
wuliao|物料员|factory|6-31|4-02-06|C39|物料员/物料配送员/车间物料员/PMC物料员|按生产计划备料、配送物料到产线/账物核对/盘点|5000-7000|senior_high|0|m|full_time|manufacturing,logistics|cangguan|pugong,chache|two_shift,day_shift
yelian|冶炼工|factory|6-17|6-31|C31|冶炼工/炼钢工/轧钢工/高炉操作工/冶炼操作工|冶炼炉前操作/按规程加料、测温/设备巡检|6500-9500|senior_high|0|m|full_time|manufacturing|jishuyuan|hanjie,chache|two_shift
cangguan|仓管员|logistics|4-02-06|3-01,4-02|G59|仓管员/仓库管理员/仓库文员/库管/仓储专员|出入库登记和账务/库存盘点/配合发货和收货|4500-7000|senior_high|0|m|full_time|logistics|wuliao,dabao|fenjian,chache,gendan|day_shift,weekends_off
fenjian|分拣员|logistics|4-02-07|4-02-06,4-02-05|G60|分拣员/快递分拣员/包裹分拣/中转场分拣工/夜班分拣员|在分拣线上按地区分拣包裹/扫描上架/装车|4500-7000|none|0|m,d,h|full_time,temporary,part_time|logistics|dabao,zhuangxie|kuaidi,cangguan|night,two_shift
dabao|打包拣货员|logistics|4-02-06|4-02|G59|拣货员/打包员/仓库打包工/电商打包员/仓库拣货|按单拣货、打包、贴面单/协助入库上架|4000-6500|none|0|m,d,p|full_time,temporary,part_time|logistics,ecommerce|fenjian,baozhuang|cangguan,zhuangxie|day_shift
chache|叉车司机|logistics|6-30|4-02-05,4-02-06|G59|叉车司机/叉车工/电动叉车司机/叉车装卸工/叉车师傅|驾驶叉车装卸、搬运货物/货物堆码/叉车日常保养|6000-8500|none|1|m|full_time|logistics|zhuangxie|cangguan,huoche,wuliao|day_shift,two_shift
zhuangxie|装卸工|logistics|4-02-05|4-02|G59|装卸工/搬运工/卸货工/装车工/物流搬运|货物装车卸车/仓库搬运和码放|5000-9000|none|0|d,p,m|temporary,full_time|logistics|chache,fenjian|dabao,huoche|night
kuaidi|快递员|logistics|4-02-07|4-02|G60|快递员/快递派送员/收派员/快递小哥/揽件员|负责片区快递派送和揽收/上门取件/使用手机巴枪扫描签收|6000-10000|none|0|p,m|full_time|logistics|tongcheng,qishou|fenjian|six_one
qishou|外卖骑手|logistics|4-02-07|4-02,8-00|I64|外卖骑手/外卖配送员/专送骑手/众包骑手/跑腿骑手|接单配送外卖到顾客手中/遵守交通规则安全配送/自备电动车或站点租车|6000-12000|none|0|p,d|full_time,flexible|logistics|tongcheng,kuaidi|daijia|flexible
tongcheng|同城配送员|logistics|4-02-07|4-02-02,4-02|G60|同城配送员/生鲜配送员/送货员/社区团购配送员/送水工|把生鲜或商品按时送到客户家/装卸商品和签收|5000-8000|none|0|m,d|full_time,part_time|logistics|qishou,kuaidi|huoche,zhuangxie|day_shift
gendan|物流调度|logistics|4-02|3-01,4-02-05|G58|物流调度/物流跟单员/车辆调度/物流专员/运输调度|安排车辆和运输线路/跟踪在途货物/与客户对接发货|5500-8000|associate|1|m|full_time|logistics|cangguan|huoche,kefu|weekends_off
huoche|货车司机|driver|4-02-02|6-30,4-02|G54|货车司机/厢式货车司机/重卡司机/A2司机/4米2司机/大车司机|驾驶货车完成城际或同城运输/车辆日常检查/配合装卸|7000-13000|none|2|m,c|full_time|logistics|banche|tongcheng,chache,zhuangxie|
wangyueche|网约车司机|driver|4-02-02|4-02|G54|网约车司机/专车司机/出租车司机/快车司机/新能源网约车司机|驾驶公司提供的车辆接单载客/保持车辆整洁/持C1驾照3年以上|6000-11000|none|3|c,m|full_time,flexible|transport|daijia,banche|huoche|flexible
banche|班车司机|driver|4-02-02|4-02|G54|班车司机/商务车司机/小车司机/公司司机/接送司机|驾驶班车接送员工或领导/车辆保养和清洁|5000-7500|none|3|m|full_time|transport|wangyueche|huoche|day_shift
daijia|代驾司机|driver|4-02-02|8-00|G54|代驾司机/酒后代驾/兼职代驾/代驾师傅|晚上接单为顾客代驾/安全驾驶把车送到指定地点|4000-9000|none|3|p,d|flexible,part_time|transport|wangyueche|qishou,banche|evening,flexible
fuwuyuan|餐厅服务员|catering|4-03-02|4-03|H62|服务员/餐厅服务员/前厅服务员/火锅店服务员/楼面服务员/餐饮服务员|点单、上菜和收台/迎宾和顾客接待/保持区域卫生|4000-6000|none|0|m,h,d|full_time,part_time|catering|chuancai|shouyin,xiwan,bangchu,kefang,ktv|shift
chushi|厨师|catering|4-03-02|4-03|H62|厨师/炒锅厨师/湘菜厨师/川菜厨师/主厨/中餐厨师|负责炒菜出品/菜品研发和口味把控/厨房卫生|6500-12000|none|2|m|full_time|catering|bangchu,miandian|xiwan|shift
bangchu|帮厨|catering|4-03-02|4-03|H62|帮厨/厨工/切配/打荷/配菜员/厨房杂工|洗菜切配/配合厨师备料/厨房卫生|4000-5500|none|0|m,d|full_time,part_time|catering|chushi,xiwan|fuwuyuan,miandian|shift
miandian|面点师|catering|4-03-02|4-03|H62|面点师/白案师傅/包子师傅/面食师傅/早点师傅|制作包子、馒头、面条等面点/和面发面/早餐出品|5500-8500|none|1|m|full_time|catering|chushi,hongbei|bangchu|shift
xiwan|洗碗工|catering|4-03-02|4-10|H62|洗碗工/洗碗阿姨/洗碗员/管事部员工|清洗餐具厨具/消毒和摆放/后厨卫生|3800-5000|none|0|m,h|full_time,part_time|catering|bangchu|baojie,fuwuyuan|shift
naicha|奶茶店员|catering|4-03-02|4-01|H62|奶茶店员/饮品师/茶饮店员/奶茶制作员/饮品店员/水吧员|按配方制作奶茶、果茶/收银点单/门店清洁和备料|4000-6000|none|0|m,h|full_time,part_time|catering|kafei|hongbei,shouyin,fuwuyuan|shift
kafei|咖啡师|catering|4-03-02|4-03|H62|咖啡师/咖啡店员/barista/咖啡吧员/门店咖啡师|制作意式咖啡和手冲/顾客服务和收银/设备清洁|4500-7000|senior_high|0|m,h|full_time,part_time|catering|naicha|hongbei,fuwuyuan|shift
hongbei|烘焙师|catering|4-03-02|6-02|H62|烘焙师/面包师/蛋糕师/裱花师/烘焙学徒/西点师|制作面包蛋糕西点/裱花和装饰/原料管理|5000-8000|none|0|m|full_time|catering|miandian|naicha,kafei,shipin|shift
chuancai|传菜员|catering|4-03-02|4-03|H62|传菜员/传菜生/跑菜员/传菜工|把菜品及时传送到桌/配合服务员收台|3800-5000|none|0|m,h|full_time,part_time|catering|fuwuyuan|xiwan|shift
dianzhang_cy|餐饮店长|catering|4-03-02|1-06,4-03|H62|餐饮店长/店长/门店经理/储备店长/餐厅经理|门店日常运营和排班/员工培训/营业额和成本管控|7000-12000|senior_high|2|m,c|full_time|catering|fuwuyuan|naicha,dianzhang|shift
qiantai_jd|酒店前台|hospitality|4-03-01|4-03|H61|酒店前台/前台接待/宾馆前台/酒店前厅接待/收银接待|办理入住和退房/接听预订电话/处理客人需求|4000-6000|senior_high|0|m|full_time|hospitality|minsu|qiantai,kefang|shift
kefang|客房服务员|hospitality|4-03-01|4-10|H61|客房服务员/客房阿姨/酒店PA/做房员/客房清洁员|打扫客房、更换布草/补充客用品/公区保洁|4000-6000|none|0|m,p|full_time,part_time|hospitality|baojie|qiantai_jd,fuwuyuan,minsu|day_shift
ktv|KTV服务员|hospitality|4-14|4-03|R90|KTV服务员/KTV包厢服务员/KTV服务生/量贩KTV服务员/酒吧服务员|包厢接待和点单/送酒水果盘/包厢清洁|4500-7000|none|0|m,h|full_time,part_time|hospitality|fuwuyuan|qiantai_jd|evening,night
minsu|民宿管家|hospitality|4-03-01|4-99|H61|民宿管家/民宿前台/客栈管家/民宿店长|接待入住和退房/房间检查和布草管理/线上平台回复|4500-7000|senior_high|0|m|full_time|hospitality|qiantai_jd|kefang|shift
baomu|住家保姆|domestic|4-10-01|4-10|O80|住家保姆/保姆/家政阿姨/住家阿姨/做饭阿姨|家庭做饭和日常保洁/照顾老人或小孩日常/洗衣整理|5500-8000|none|1|m|full_time|domestic|yuersao,zhongdiangong|yuesao,yanglao|
yuersao|育儿嫂|domestic|4-10-01|4-10|O80|育儿嫂/带娃阿姨/育婴师/住家育儿嫂/早教育婴员|照顾0-3岁宝宝饮食起居/辅食制作/早教陪伴|6500-10000|none|1|m|full_time|domestic|yuesao,baomu|youshi,tuoguan|
yuesao|月嫂|domestic|4-10-01|4-10|O80|月嫂/金牌月嫂/母婴护理师/产后护理月嫂|照顾产妇和新生儿/月子餐制作/新生儿护理|8000-15000|none|1|m|full_time|domestic|yuersao|baomu,hushi|
yanglao|养老护理员|domestic|4-10-01|4-14-01|Q85|养老护理员/护理员/养老院护工/老人护理员/居家养老护理|照顾老人日常起居/协助进食翻身/陪伴和简单康复活动|4500-6500|none|0|m|full_time|domestic,medical|hugong|baomu,kangfu|two_shift
zhongdiangong|钟点工|domestic|4-10|4-10-01|O80|钟点工/家政保洁/小时工阿姨/日常保洁阿姨/家政服务员|上门做家庭保洁和收纳/按订单时间服务|4000-7000|none|0|h,p|part_time,flexible|domestic|baojie,baomu|kefang|flexible
hugong|医院护工|domestic|4-14-01|4-10-01|Q84|护工/医院护工/病房护工/陪护/陪诊员|照顾住院病人生活/协助护士做基础护理/陪护|5000-7000|none|0|m,d|full_time|domestic,medical|yanglao|hushi,kangfu|two_shift
baojie|保洁员|property|4-09|4-10,4-06-01|N78|保洁员/保洁阿姨/清洁工/商场保洁/写字楼保洁/开荒保洁|负责楼层和公共区域清洁/垃圾清运/卫生间保洁|3500-5000|none|0|m,h,d|full_time,part_time|property|zhongdiangong,kefang|huanwei,xiwan|day_shift
baoan|保安|property|4-07-05|3-02,4-06-01|L72|保安/保安员/小区保安/门岗/安保巡逻员/监控员|门岗值守和来访登记/小区巡逻/监控室值班|4000-6000|none|0|m|full_time|property|wuye|baojie|rotating
wuye|物业管理员|property|4-06-01|4-06|K70|物业管理员/物业客服/物业前台/管家/小区管家|处理业主报修和投诉/物业费催缴/社区活动组织|4500-6500|associate|0|m|full_time|property,realestate|baoan,kefu|baojie,fangchan|weekends_off
huanwei|环卫工|property|4-09|4-09|N78|环卫工/道路清扫工/垃圾清运工/环卫工人/垃圾分类督导员|道路清扫和垃圾收集/垃圾分类指导|3200-4500|none|0|m|full_time|property|baojie,lvhua|zhuangxie|day_shift
lvhua|绿化工|property|4-09|5-05|N78|绿化工/园林工/绿化养护工/花木工|草坪修剪和浇水/苗木种植养护|3800-5500|none|0|m,d|full_time,temporary|property,agriculture|huanwei|guoyuan,nongchang|day_shift
diangong|电工|construction|6-29-03|6-31-01,6-28|E49|电工/维修电工/低压电工/物业电工/高压电工/厂区电工|电气线路和设备的安装维修/配电房巡检/持电工证|6000-9000|senior_high|1|m|full_time|construction|shuidian|jishuyuan,zhuangxiu|day_shift
shuidian|水电工|construction|6-29-03|6-29|E50|水电工/水电安装师傅/装修水电工/水电维修工|家装水电开槽布管布线/水电维修|7000-12000|none|2|d,m|full_time,temporary|construction|diangong,zhuangxiu|wagong,youqi|day_shift
mugong|木工|construction|6-29|6-06|E47|木工/木工师傅/模板木工/装修木工/建筑木工|支模拆模/家装吊顶和柜体制作|8000-13000|none|2|d,p|temporary,full_time|construction|zhuangxiu|wagong,gangjin|day_shift
wagong|瓦工|construction|6-29-01|6-29|E47|瓦工/泥工/瓷砖工/贴砖师傅/泥水工|砌墙抹灰/贴瓷砖/地面找平|8000-13000|none|2|d,p|temporary,full_time|construction|zhuangxiu|mugong,gangjin,youqi|day_shift
gangjin|钢筋工|construction|6-29-01|6-29|E48|钢筋工/钢筋工人/扎钢筋/钢筋班组|钢筋下料和绑扎/按图纸施工|8000-12000|none|1|d,p|temporary|construction|wagong|mugong,hanjie|day_shift
youqi|油漆工|construction|6-29-04|6-29|E50|油漆工/刷漆工/乳胶漆师傅/腻子工/喷漆工|批腻子、打磨/墙面刷漆和喷涂|7000-11000|none|1|d,p|temporary,full_time|construction|zhuangxiu|wagong,banjin|day_shift
wajueji|挖掘机司机|construction|6-30|6-29|E48|挖掘机司机/挖机师傅/挖掘机操作手/钩机司机/铲车司机|操作挖掘机土方作业/机械日常保养|9000-15000|none|2|m,d|full_time|construction|chache|huoche|day_shift
shigongyuan|施工员|construction|2-02-18|6-29,2-02|E47|施工员/土建施工员/现场施工员/质量员/安全员/资料员|现场施工组织和质量安全管理/施工日志和资料整理|6000-10000|associate|1|m|full_time|construction|cad|shinei,gangjin|six_one
zhuangxiu|装修工|construction|6-29-04|6-29|E50|装修师傅/家装工人/安装师傅/全屋定制安装工/门窗安装工|上门安装定制家具和门窗/家装施工|7000-12000|none|1|d,p,m|full_time,temporary|construction|mugong,youqi|shuidian,shinei,jiadian|day_shift
daogou|导购|retail|4-01-02|4-01|F52|导购/店员/营业员/商场导购/服装导购/门店销售|顾客接待和产品介绍/陈列和库存整理/完成门店销售目标|4500-7500|none|0|c,m,h|full_time,part_time|retail|shouyin,xiaoshou|lihuo,dianzhang,yaodian|shift
shouyin|收银员|retail|4-01|4-01-02|F52|收银员/超市收银/收银员(超市)/便利店店员/收银|扫码收银和对账/会员办理/协助理货|3800-5500|none|0|m,h|full_time,part_time|retail|daogou,lihuo|fuwuyuan,naicha|shift
lihuo|理货员|retail|4-01|4-02-06|F52|理货员/超市理货员/生鲜理货/夜班理货/陈列员|商品上架和陈列/补货和临期检查/协助盘点|4000-5500|none|0|m,h|full_time,part_time|retail|shouyin|dabao,cangguan|shift
dianzhang|门店店长|retail|4-01|1-06|F52|门店店长/店长/便利店店长/储备店长/区域店长|门店销售和人员管理/库存订货/门店运营|6500-11000|associate|2|m,c|full_time|retail|daogou|dianzhang_cy|shift
yunying|电商运营|ecommerce|4-01-02|2-06-07,4-04|F52|电商运营/淘宝运营/天猫运营/拼多多运营/抖店运营/电商运营助理/店铺运营|店铺日常运营和活动报名/推广投放和数据分析/商品上下架|6000-12000|associate|1|m,c|full_time,internship|ecommerce,internet|xuanpin,xinmeiti|kefu_ds,meigong,zhibo_zhuli|weekends_off
kefu_ds|电商客服|ecommerce|4-01|4-07,4-04|F52|电商客服/淘宝客服/售前客服/网店客服/京东客服/在线客服|旺旺或千牛在线回复顾客咨询/处理订单和售后/打字速度每分钟50字以上|4000-6500|senior_high|0|m,c|full_time,part_time|ecommerce|kefu,shouhou|yunying|two_shift,remote
zhubo|带货主播|ecommerce|4-01-02|2-09,4-01|R87|带货主播/主播/直播带货主播/抖音主播/服装主播/电商主播|在直播间讲解和展示商品/配合运营完成直播带货/复盘直播数据|6000-20000|none|0|c,m|full_time,part_time|ecommerce,media|zhibo_zhuli|yunying,jianji,huazhuang|evening
zhibo_zhuli|直播助理|ecommerce|4-01|4-01-02|R87|直播助理/场控/直播运营/中控/主播助理/直播间副播|直播前准备样品和脚本/直播中上架商品和控场/直播后数据整理|5000-8000|senior_high|0|m|full_time,internship|ecommerce,media|zhubo,yunying|jianji|evening
meigong|电商美工|design|4-08-08|2-09,4-01|F52|美工/电商美工/淘宝美工/网店美工/详情页设计|店铺首页和详情页设计/主图和活动海报/熟练使用PS|5500-9000|associate|1|m|full_time,internship|ecommerce,design|pingmian|yunying,ui,sheying|weekends_off
jianji|短视频剪辑|media|2-10|4-13,2-09|R87|短视频剪辑/剪辑师/视频剪辑/抖音剪辑/视频后期/PR剪辑师|剪辑短视频和直播切片/配字幕、音乐和特效/熟练使用PR、剪映|5500-9000|associate|0|m,p|full_time,part_time,internship|media,ecommerce|sheying|xinmeiti,zhubo|weekends_off
xinmeiti|新媒体运营|media|2-10|4-04,4-01|I64|新媒体运营/公众号运营/小红书运营/抖音运营/内容运营/社群运营|公众号、小红书、抖音账号内容策划和发布/粉丝互动和数据分析|5500-9500|associate|0|m|full_time,internship|media,internet|wenan,yunying|jianji|weekends_off
wenan|文案策划|media|2-10-02|2-06-07|L72|文案/文案策划/广告文案/电商文案/品牌文案|撰写商品文案、推文和短视频脚本/品牌活动策划|5500-9000|associate|0|m,p|full_time,part_time,internship|media|xinmeiti|jianji,meigong|weekends_off
xuanpin|选品采购|ecommerce|4-01-01|4-01|F52|选品专员/采购员/电商采购/买手/采购助理|市场调研和选品/与供应商谈价下单/跟进到货|5500-9000|associate|1|m|full_time|ecommerce,retail|yunying|cangguan|weekends_off
sheying|摄影师|media|4-08|2-09|R87|摄影师/产品摄影/淘宝摄影/摄像师/婚纱摄影师|产品和模特拍摄/修图/灯光布景|6000-10000|associate|1|m,p|full_time,part_time|media,design|jianji|meigong|weekends_off
xiaoshou|销售代表|sales|4-01-02|4-01,2-06-07|L72|销售代表/销售专员/业务员/销售顾问/市场销售|开发和维护客户/产品推广和签单/完成业绩目标|5000-15000|none|0|c|full_time|sales|dianxiao,ditui|dakehu,kefu,daogou|weekends_off
dianxiao|电话销售|sales|4-01-02|4-07|L72|电话销售/电销专员/电话客服销售/网络销售/电话邀约|通过电话联系意向客户/介绍产品促成成交/维护客户关系|4500-12000|none|0|c|full_time,part_time|sales|xiaoshou|kefu,ditui|weekends_off
fangchan|房产经纪人|sales|4-06|4-01-02|K70|房产经纪人/置业顾问/房产销售/房产中介/二手房经纪人|带客户看房/房源开发和维护/促成交易|5000-20000|none|0|c|full_time|sales,realestate|xiaoshou|wuye|six_one
qiche_xs|汽车销售顾问|sales|4-01-02|4-01|F52|汽车销售顾问/4S店销售/汽车销售/新能源汽车销售/二手车销售|展厅接待和试驾/车辆介绍和报价/客户跟进|5000-15000|associate|0|c|full_time|sales,auto|xiaoshou|qixiu|six_one
ditui|地推专员|sales|4-01-02|4-07|L72|地推/地推专员/推广员/扫码推广/市场推广员|在商场、社区推广产品和拉新/发传单和活动执行|4000-9000|none|0|c,d,h|full_time,part_time|sales|xiaoshou,dianxiao|cuxiao|flexible
cuxiao|促销员|sales|4-01-02|4-01|F52|促销员/超市促销员/试吃促销/品牌促销/周末促销|在超市卖场做产品推介和试吃/完成促销任务|4000-6500|none|0|h,d,c|part_time,full_time|sales,retail|daogou,ditui|shouyin|weekend
dakehu|大客户经理|sales|2-06-07|4-01-02|L72|大客户经理/客户经理/渠道经理/商务经理/BD经理|开拓企业客户和渠道/商务谈判/回款跟进|8000-20000|bachelor|3|c,m|full_time|sales|xiaoshou|dianxiao|weekends_off
huiji|会籍顾问|sales|4-01-02|4-14|R89|会籍顾问/健身会籍顾问/会籍销售/健身房销售|健身卡销售和会员维护/带客户参观场馆|4500-12000|none|0|c|full_time|sales,fitness|xiaoshou|jianshen|shift
kefu|客服专员|service|4-07|4-04,3-01|L72|客服专员/客服/电话客服/呼叫中心客服/在线客服/热线客服|接听热线和在线咨询/记录和跟进客户问题/回访|4000-6500|senior_high|0|m|full_time,part_time|service|shouhou,kefu_ds|dianxiao,wuye|two_shift,remote
shouhou|售后客服|service|4-07|4-12|L72|售后客服/售后专员/售后服务专员/投诉处理专员|处理退换货和投诉/跟进维修进度/客户回访|4500-7000|associate|0|m|full_time|service|kefu,kefu_ds|jiadian|weekends_off
wenyuan|文员|office|3-01|3-99|L72|文员/办公室文员/文员助理/录入员/资料员/行政文员|文件整理和数据录入/办公室日常事务/熟练使用office|4000-6000|senior_high|0|m|full_time,internship|office|qiantai,xingzheng|zhuli,cangguan|weekends_off
qiantai|前台|office|3-01|4-07|L72|前台/前台接待/公司前台/行政前台/前台文员|来访接待和电话转接/收发快递/会议室管理|4000-6000|associate|0|m|full_time|office|wenyuan,xingzheng|qiantai_jd|weekends_off
xingzheng|行政专员|office|3-01|3-99|L72|行政专员/行政助理/行政主管/综合管理岗/办公室主任|办公用品采购/员工活动和后勤/制度执行|5000-8000|associate|1|m|full_time|office|wenyuan,hr|qiantai,zhuli|weekends_off
hr|人事专员|office|2-06-08|3-01|L72|人事专员/HR/招聘专员/HRBP/人事助理/招聘主管|招聘和面试安排/入离职手续/考勤和社保|5000-9000|associate|0|m|full_time,internship|office|xingzheng|wenyuan|weekends_off
kuaiji|会计|office|2-06-03|2-06|L72|会计/主办会计/总账会计/成本会计/税务会计/财务会计|账务处理和报表/纳税申报/成本核算|5500-9500|associate|1|m|full_time|office,finance|chuna|wenyuan|weekends_off
chuna|出纳|office|2-06-03|3-01|L72|出纳/出纳员/财务助理/收银出纳|现金和银行收付/单据整理/配合会计做账|4500-6500|associate|0|m|full_time|office,finance|kuaiji|wenyuan,shouyin|weekends_off
zhuli|总经理助理|office|3-01|1-06|L72|总经理助理/总助/经理助理/秘书/董事长秘书|日程安排和会议记录/文件起草/对接内外部事务|6000-10000|bachelor|1|m|full_time|office|xingzheng|wenyuan|weekends_off
java|Java开发工程师|it|2-02-10|4-04-05|I65|Java开发工程师/Java工程师/后端开发/Java后端/JAVA开发/服务端开发|负责后端服务开发和维护/参与系统设计/熟悉Spring Boot、MySQL|10000-25000|bachelor|2|m|full_time,internship|internet|python,php|qianduan,ceshi,yunwei|weekends_off
python|Python开发工程师|it|2-02-10|4-04-05|I65|Python开发/Python工程师/爬虫工程师/Python后端/算法工程师/数据开发工程师|Python后端或数据处理开发/爬虫和接口开发/熟悉Django或Flask|10000-22000|bachelor|1|m|full_time,internship|internet|java,shujufenxi|qianduan,ceshi|weekends_off
qianduan|前端开发工程师|it|2-02-10|4-04-05|I65|前端开发/Web前端/前端工程师/Vue前端/H5开发/小程序开发|页面和小程序开发/与后端联调/熟悉Vue或React|9000-20000|associate|1|m|full_time,internship|internet|ui|java,python,php|weekends_off
ceshi|软件测试|it|2-02-10|4-04-05|I65|软件测试/测试工程师/功能测试/自动化测试/测试实习生/QA工程师|编写测试用例并执行/提交和跟踪缺陷/接口和自动化测试|7000-15000|associate|0|m|full_time,internship|internet|shishi|java,qianduan|weekends_off
yunwei|运维工程师|it|4-04-02|4-04|I65|运维工程师/网络管理员/网管/IT运维/桌面运维/Linux运维|服务器和网络日常维护/故障排查/电脑和打印机等办公设备维护|6000-14000|associate|1|m|full_time|internet|diannao|java,shishi|two_shift
chanpin|产品经理|it|4-04-05|2-02-10|I64|产品经理/产品助理/APP产品经理/产品专员/B端产品经理|需求调研和原型设计/跟进研发上线/数据复盘|12000-25000|bachelor|2|m|full_time,internship|internet|shujufenxi|ui,xinmeiti,yunying|weekends_off
shujufenxi|数据分析师|it|4-04-05|2-02-10,2-06|I64|数据分析师/数据分析/BI分析师/数据运营/商业分析|整理分析业务数据/搭建报表/输出分析报告/熟悉SQL、Excel、Python|9000-18000|bachelor|1|m|full_time,internship|internet|python,chanpin|yunying|weekends_off
php|PHP开发工程师|it|2-02-10|4-04-05|I65|PHP开发/PHP工程师/PHP程序员/全栈开发/网站开发|网站和后台系统开发/接口开发/熟悉Laravel或ThinkPHP|8000-16000|associate|1|m|full_time|internet|java|qianduan|weekends_off
shishi|实施工程师|it|4-04-05|2-02-10|I65|实施工程师/软件实施/ERP实施/IT技术支持/驻场运维|到客户现场部署和培训软件/收集需求/处理使用问题|6000-11000|associate|0|m|full_time|internet|ceshi,yunwei|kefu|weekends_off
ui|UI设计师|design|4-08-08|2-02-10|I64|UI设计师/UI设计/交互设计/UI/UX设计师/APP界面设计|APP和网页界面设计/切图和设计规范/熟练使用Figma、PS|9000-18000|associate|1|m|full_time,internship|internet,design|meigong,pingmian|qianduan,chanpin|weekends_off
pingmian|平面设计师|design|4-08-08|2-09|M74|平面设计/平面设计师/广告设计/美编/海报设计|海报、画册、包装设计/品牌物料设计/熟练使用PS、AI、CDR|5500-9500|associate|1|m,p|full_time,part_time,internship|design|meigong,ui|shinei,wenan|weekends_off
shinei|室内设计师|design|4-08-08|2-02-18|E50|室内设计师/家装设计师/软装设计师/工装设计师/设计助理|量房和方案设计/出施工图和效果图/与客户沟通方案|6000-15000|associate|1|m,c|full_time,internship|design,construction|cad|pingmian,zhuangxiu,shigongyuan|six_one
cad|CAD制图员|design|2-02-07|4-08,2-02|M74|CAD制图员/绘图员/CAD绘图/机械制图员/深化设计|用CAD绘制机械或建筑图纸/图纸修改和归档|5500-8500|associate|0|m|full_time|design,manufacturing|shinei|shigongyuan,jishuyuan|weekends_off
fz_sheji|服装设计师|design|4-08-08|6-05|C18|服装设计师/服装设计助理/打版师/制版师/女装设计师|服装款式设计/面辅料选择/跟进打版和样衣|7000-13000|associate|1|m|full_time|design,manufacturing|pingmian|fengren,caijian|weekends_off
youshi|幼儿教师|education|2-08-04|4-13|P83|幼儿教师/幼师/幼儿园老师/保育员/配班老师/幼儿园主班老师|幼儿一日生活和教学活动/家园沟通/环境创设|4000-7000|associate|0|m|full_time,internship|education|zhujiao,tuoguan|yuersao,wudao|weekends_off
yingyu|英语老师|education|2-08-03|4-13|P83|英语老师/英语教师/少儿英语老师/初中英语老师/外语培训讲师|少儿或中小学英语授课/备课和家长沟通|6000-12000|bachelor|0|m,h|full_time,part_time|education|tuoguan,zhujiao|kecheng,biancheng|weekends_off
kecheng|课程顾问|education|4-13|4-01-02|P83|课程顾问/学习规划师/教育顾问/招生顾问/课程销售|接待家长咨询/课程推荐和报名/续费跟进|5000-12000|associate|0|c|full_time|education,sales|xiaoshou|yingyu,dianxiao|shift
tuoguan|托管老师|education|4-13|2-08-03|P83|托管老师/托管班老师/作业辅导老师/晚托老师/课后托管|放学接送孩子/辅导作业和午晚餐照看|3500-6000|associate|0|m,h|full_time,part_time|education|zhujiao,yingyu|youshi,yuersao|evening
wudao|舞蹈老师|education|2-09|2-08,4-13|P83|舞蹈老师/少儿舞蹈老师/中国舞老师/街舞老师/舞蹈教练|少儿舞蹈授课/排练演出/家长沟通|6000-12000|associate|0|m,h|full_time,part_time|education,fitness|yujia|youshi|weekend
biancheng|少儿编程老师|education|4-13|2-08|P83|少儿编程老师/编程老师/机器人编程教师/Scratch老师/信息学老师|少儿编程课程授课/课程打磨和家长反馈|6000-12000|bachelor|0|m|full_time,part_time,internship|education,internet|yingyu|java,python|weekend
zhujiao|助教|education|4-13|2-08|P83|助教/班主任助教/课程助教/学管师/教务|辅助老师上课和课堂管理/学员考勤和家长沟通|4000-6500|associate|0|m,h|full_time,part_time,internship|education|tuoguan|kecheng,youshi|weekend
baoxian|保险代理人|finance|4-05|2-06|J68|保险顾问/保险代理人/保险业务员/保险销售/理赔专员|为客户讲解保险产品/签单和客户服务/参加公司培训|4000-15000|senior_high|0|c|full_time,part_time|finance,sales|licai|xiaoshou,xindai|flexible
guiyuan|银行柜员|finance|4-05-01|4-05|J66|银行柜员/柜员/综合柜员/大堂经理/银行客服|办理存取款和转账业务/客户引导/现金管理|6000-10000|bachelor|0|m|full_time|finance|licai|kefu|weekends_off
licai|理财顾问|finance|2-06|4-05|J67|理财顾问/理财经理/财富顾问/客户经理(理财)/投资顾问|为客户配置理财产品/客户维护和开发|7000-18000|bachelor|1|c,m|full_time|finance,sales|baoxian,xindai|dakehu|weekends_off
xindai|信贷专员|finance|4-05|2-06|J66|信贷专员/信贷员/贷款顾问/客户经理(信贷)/风控专员|贷款客户开发和资料审核/贷后管理|6000-15000|associate|0|c,m|full_time|finance|licai|baoxian,dianxiao|weekends_off
hushi|护士|health|2-05-08|4-14-01|Q84|护士/护士(执业)/临床护士/病房护士/门诊护士/护理人员|病区日常护理/执行医嘱/病人观察和记录/持护士执业证|6000-10000|associate|0|m|full_time|medical|kouqiang|hugong,yishi,kangfu|two_shift
yaodian|药店店员|health|4-01-02|2-05-06|F52|药店营业员/药店店员/药师/执业药师/药房营业员|药品销售和用药咨询/药品陈列和效期管理|4000-7000|senior_high|0|m|full_time|medical,retail|daogou|hushi|shift
kangfu|康复理疗师|health|2-05-07|4-14|Q84|康复治疗师/康复理疗师/理疗师/推拿理疗师/中医理疗|为患者做康复训练和理疗/评估和记录|6000-11000|associate|1|m,c|full_time|medical|anmo|hushi,yanglao|shift
kouqiang|口腔护士|health|2-05-08|4-14-01|Q84|口腔护士/牙科助理/口腔助理/牙医助理/口腔前台|配合医生椅旁操作/器械消毒/患者接待|5000-8000|associate|0|m|full_time|medical|hushi|qiantai|weekends_off
yishi|医生|health|2-05-01|2-05|Q84|医生/全科医生/内科医生/口腔医生/执业医师|门诊和病房诊疗/病历书写/持执业医师证|10000-25000|bachelor|3|m|full_time|medical|kangfu|hushi|two_shift
meifa|美发师|beauty|4-10|4-10|O80|美发师/发型师/美发助理/洗头工/理发师/烫染师|剪发、烫染造型/洗头和护理/顾客维护|5000-12000|none|1|c,m|full_time|beauty|meirong|huazhuang|shift
meijia|美甲师|beauty|4-10|4-10|O80|美甲师/美甲学徒/美甲美睫师/美甲技师|美甲和手足护理/设计款式/门店接待|5000-10000|none|0|c,m|full_time,part_time|beauty|meijie|meirong|shift
meirong|美容师|beauty|4-10|4-14|O80|美容师/美容顾问/皮肤管理师/美容学徒/美容技师|面部护理和身体护理/皮肤管理项目/顾客接待|5000-11000|none|0|c,m|full_time|beauty|meijia,meijie|anmo,huazhuang,meifa|shift
huazhuang|化妆师|beauty|4-10|2-09|O80|化妆师/跟妆师/新娘化妆师/直播化妆师/造型师|为新娘、主播或演出化妆造型/跟妆服务|5000-12000|none|1|m,p|full_time,part_time|beauty,media|meirong|meifa,zhubo|flexible
anmo|按摩师|beauty|4-10|4-14|O80|按摩师/足疗技师/推拿师/足浴技师/养生技师|按摩、足疗服务/顾客接待|6000-12000|none|0|c,p|full_time|beauty|kangfu|meirong|evening
meijie|美睫师|beauty|4-10|4-10|O80|美睫师/嫁接睫毛/美睫学徒/美睫美甲师|睫毛嫁接和修眉/顾客维护|5000-9000|none|0|c,m|full_time,part_time|beauty|meijia|meirong|shift
jianshen|健身教练|fitness|4-14|2-09|R89|健身教练/私人教练/私教/健身房教练/团课教练|会员体能评估和私教课/训练计划制定/场馆维护|6000-15000|none|1|c|full_time,part_time|fitness|yujia,youyong|huiji|shift
yujia|瑜伽老师|fitness|4-14|2-09|R89|瑜伽老师/瑜伽教练/普拉提老师/瑜伽馆老师|瑜伽团课和私教课教学/会员维护|6000-12000|none|1|m,h|full_time,part_time|fitness|jianshen|wudao|shift
youyong|游泳教练|fitness|4-14|2-09|R89|游泳教练/少儿游泳教练/救生员/游泳馆教练|游泳教学和泳池安全/持救生员证或社会体育指导员证|6000-12000|none|1|m,h|full_time,part_time|fitness|jianshen|yujia|weekend
cw_meirong|宠物美容师|pets|4-10|4-99|O80|宠物美容师/宠物洗护/宠物美容助理/宠物洗澡/宠物店美容师|给猫狗洗澡、修剪造型/宠物护理|4500-8000|none|0|m,c|full_time|pets|cw_dianyuan|cw_yisheng|shift
cw_dianyuan|宠物店员|pets|4-01|4-10|F52|宠物店员/宠物店店员/宠物店销售/猫咖店员/宠物店营业员|宠物用品销售/照看店内猫狗/门店清洁|4000-6000|none|0|m,h|full_time,part_time|pets,retail|cw_meirong|cw_yisheng,daogou|shift
cw_yisheng|宠物医生|pets|2-03|4-14|M75|宠物医生/兽医/宠物医生助理/宠物医院助理/执业兽医|宠物诊疗和疫苗/手术配合/住院宠物护理|6000-14000|associate|1|m|full_time|pets,medical|cw_meirong|cw_dianyuan|shift
nongchang|农场工人|agriculture|5-01|5-05|A01|农场工人/种植工/大棚种植工/蔬菜种植员/农业工人|蔬菜大棚种植和管理/采收分拣|3500-5500|none|0|d,m|full_time,temporary|agriculture|guoyuan|caicha,yangzhi,lvhua|day_shift
caicha|采茶工|agriculture|5-01|5-05|A01|采茶工/采茶/茶园工人/制茶师傅|茶园采摘鲜叶/茶叶加工|3500-6000|none|0|p,d|temporary|agriculture|nongchang|guoyuan|day_shift
yangzhi|养殖工|agriculture|5-03|5-05|A03|养殖工/养猪场饲养员/饲养员/养鸡场工人/渔场工人|饲喂和环境消毒/巡栏观察|5000-8000|none|0|m|full_time|agriculture|nongchang|cw_yisheng|day_shift
guoyuan|果园工人|agriculture|5-01|5-05|A01|果园工人/水果采摘工/芒果园工人/果树管理员|果树修剪施肥/水果采摘和装箱|3500-5500|none|0|d,p|temporary,full_time|agriculture|nongchang|caicha,lvhua|day_shift
qixiu|汽修工|auto|4-12-01|4-12|O81|汽修工/汽车维修工/机修师傅/汽修学徒/新能源汽车维修/汽车电工|车辆保养和维修/故障诊断|6000-11000|none|1|m|full_time|auto|banjin|xiche,qiche_xs,qipei|six_one
xiche|洗车工|auto|4-12-01|4-12|O81|洗车工/洗车美容/汽车美容技师/贴膜师傅/汽车美容学徒|洗车打蜡、内饰清洗/贴膜和镀晶|4000-6500|none|0|m,c|full_time,part_time|auto|qixiu|banjin|six_one
banjin|钣金喷漆工|auto|4-12-01|6-22|O81|钣金工/喷漆工(汽车)/钣喷技师/汽车钣金/汽车喷漆师傅|事故车钣金修复/调漆喷漆|7000-12000|none|2|m|full_time|auto|qixiu|xiche,youqi|six_one
shouji|手机维修|repair|4-12|4-12-02|O81|手机维修/手机维修师傅/手机维修学徒/电子维修工|手机换屏、换电池/主板维修|5000-9000|none|0|m,c|full_time|repair|diannao|jiadian,dianzi_ceshi|shift
jiadian|家电维修|repair|4-12|6-29-03|O81|家电维修/空调安装工/空调维修师傅/家电安装师傅/售后维修工程师|上门安装和维修空调、洗衣机、热水器/售后服务|6000-11000|none|1|m,p|full_time|repair|shouji|diangong,zhuangxiu,shouhou|day_shift
diannao|电脑维修|repair|4-12-02|4-04-02|O81|电脑维修/电脑维修工程师/IT维修/打印机维修/电脑装机|电脑和打印机维修/系统安装和网络调试|5000-8500|senior_high|0|m|full_time|repair,internet|yunwei,shouji|jiadian|weekends_off
"""

# fields: code -> what the field word covers
FIELDS = {
    "ecommerce": "电商", "internet": "互联网", "education": "教育", "medical": "医疗", "logistics": "物流",
    "finance": "金融", "manufacturing": "制造业", "catering": "餐饮", "beauty": "美业", "pets": "宠物",
    "fitness": "健身", "media": "新媒体", "realestate": "房地产", "construction": "建筑", "hospitality": "酒店",
    "auto": "汽车", "agriculture": "农业", "domestic": "家政", "property": "物业", "transport": "出行",
    "retail": "零售", "sales": "销售", "service": "客服", "office": "办公室", "design": "设计", "repair": "维修",
}


def _parse():
    kinds = {}
    for line in KINDS_TABLE.strip().splitlines():
        c = line.split("|")
        assert len(c) == 17, (len(c), line)
        lo, hi = (int(x) for x in c[8].split("-"))
        kinds[c[0]] = {
            "id": c[0], "name": c[1], "family": c[2], "occ": c[3],
            "alt_occ": [x for x in c[4].split(",") if x], "industry": c[5],
            "titles": c[6].split("/") if "UI/UX" not in c[6] else c[6].replace("UI/UX", "UIUX").split("/"),
            "duties": c[7].split("/"), "pay": (lo, hi), "edu": c[9], "exp": int(c[10]),
            "cycles": c[11].split(","), "emp": c[12].split(","), "fields": [x for x in c[13].split(",") if x],
            "close": [x for x in c[14].split(",") if x], "related": [x for x in c[15].split(",") if x],
            "sched": [x for x in c[16].split(",") if x],
        }
    for k in kinds.values():
        k["titles"] = [t.replace("UIUX", "UI/UX") for t in k["titles"]]
    return kinds


KINDS = _parse()

# places: prefecture prefix -> (city name, pinyin, pay factor, [(county code, county name)])
CITIES = {
    "3101": ("上海", "shanghai", 1.25, [("310115", "浦东"), ("310112", "闵行"), ("310117", "松江"), ("310114", "嘉定"),
                                      ("310104", "徐汇"), ("310107", "普陀"), ("310120", "奉贤"), ("310116", "金山")]),
    "3205": ("苏州", "suzhou", 1.1, [("320583", "昆山"), ("320505", "虎丘"), ("320506", "吴中"), ("320509", "吴江"),
                                   ("320582", "张家港"), ("320581", "常熟"), ("320508", "姑苏"), ("320585", "太仓")]),
    "3301": ("杭州", "hangzhou", 1.15, [("330110", "余杭"), ("330108", "滨江"), ("330106", "西湖"), ("330109", "萧山"),
                                      ("330105", "拱墅"), ("330102", "上城")]),
    "3302": ("宁波", "ningbo", 1.05, [("330212", "鄞州"), ("330206", "北仑"), ("330281", "余姚"), ("330282", "慈溪"),
                                    ("330203", "海曙")]),
    "3401": ("合肥", "hefei", 0.95, [("340104", "蜀山"), ("340111", "包河"), ("340102", "瑶海"), ("340123", "肥西"),
                                   ("340122", "肥东"), ("340181", "巢湖")]),
    "3201": ("南京", "nanjing", 1.1, [("320115", "江宁"), ("320106", "鼓楼"), ("320114", "雨花台"), ("320113", "栖霞"),
                                    ("320111", "浦口"), ("320102", "玄武")]),
    "5101": ("成都", "chengdu", 1.0, [("510107", "武侯"), ("510104", "锦江"), ("510116", "双流"), ("510114", "新都"),
                                    ("510112", "龙泉驿"), ("510117", "郫都"), ("510108", "成华"), ("510185", "简阳")]),
    "5001": ("重庆", "chongqing", 0.95, [("500103", "渝中"), ("500106", "沙坪坝"), ("500107", "九龙坡"), ("500108", "南岸"),
                                       ("500113", "巴南"), ("500117", "合川"), ("500118", "永川"), ("500116", "江津"),
                                       ("500101", "万州"), ("500233", "忠县")]),
    "4301": ("长沙", "changsha", 0.95, [("430104", "岳麓"), ("430105", "开福"), ("430111", "雨花"), ("430121", "长沙县"),
                                      ("430181", "浏阳"), ("430182", "宁乡"), ("430103", "天心")]),
    "4201": ("武汉", "wuhan", 1.0, [("420111", "洪山"), ("420106", "武昌"), ("420103", "江汉"), ("420112", "东西湖"),
                                  ("420115", "江夏"), ("420116", "黄陂"), ("420105", "汉阳"), ("420114", "蔡甸")]),
    "3202": ("无锡", "wuxi", 1.05, [("320214", "新吴"), ("320281", "江阴"), ("320211", "滨湖")]),
    "3204": ("常州", "changzhou", 1.0, [("320412", "武进"), ("320411", "新北")]),
    "3206": ("南通", "nantong", 0.95, [("320612", "通州"), ("320682", "如皋")]),
    "3304": ("嘉兴", "jiaxing", 1.0, [("330481", "海宁"), ("330483", "桐乡"), ("330402", "南湖")]),
    "3306": ("绍兴", "shaoxing", 1.0, [("330603", "柯桥"), ("330681", "诸暨")]),
    "3307": ("金华", "jinhua", 1.0, [("330782", "义乌"), ("330784", "永康")]),
    "3305": ("湖州", "huzhou", 0.95, [("330502", "吴兴"), ("330523", "安吉")]),
    "3402": ("芜湖", "wuhu", 0.9, [("340207", "鸠江"), ("340202", "镜湖")]),
    "5107": ("绵阳", "mianyang", 0.85, [("510703", "涪城"), ("510781", "江油")]),
    "5106": ("德阳", "deyang", 0.85, [("510603", "旌阳"), ("510681", "广汉")]),
    "4205": ("宜昌", "yichang", 0.85, [("420506", "夷陵"), ("420502", "西陵")]),
    "4206": ("襄阳", "xiangyang", 0.85, [("420606", "樊城"), ("420607", "襄州")]),
    "4202": ("黄石", "huangshi", 0.8, [("420281", "大冶")]),
    "4207": ("鄂州", "ezhou", 0.8, [("420704", "鄂城")]),
    "4302": ("株洲", "zhuzhou", 0.85, [("430211", "天元"), ("430281", "醴陵")]),
    "3601": ("南昌", "nanchang", 0.9, [("360113", "红谷滩"), ("360121", "南昌县")]),
    "4101": ("郑州", "zhengzhou", 0.95, [("410122", "中牟"), ("410105", "金水")]),
    "4419": ("东莞", "dongguan", 1.05, [("441900", "东莞")]),
    "4420": ("中山", "zhongshan", 1.0, [("442000", "中山")]),
    "4604": ("儋州", "danzhou", 0.85, [("460400", "儋州")]),
    "6202": ("嘉峪关", "jiayuguan", 0.9, [("620200", "嘉峪关")]),
}

# employer archetypes: id -> (name patterns, industry, employer fields, kinds with weights,
#   typical benefits, typical welcomed groups, cities, how many employers, vacancies per employer)
ARCHETYPES = [
    ("elec", ["{c}{w}精密电子有限公司", "{c}{w}电子科技有限公司", "{w}光电（{c}）有限公司"], "C39", ["manufacturing"],
     "pugong:5 smt:3 zhijian:2 dianzi_ceshi:2 cangguan:1 chache:1 jishuyuan:1 wuliao:1 hr:1",
     "room_and_board housing social_insurance shuttle training", "migrant_worker poverty_registered hubei graduate",
     "3205 3205 3202 4419 5001 5101 3401 4101 3601 5106", 6, 10),
    ("garment", ["{c}{w}服饰有限公司", "{c}{w}制衣厂", "{w}针织服装有限公司"], "C18", ["manufacturing"],
     "fengren:5 caijian:2 houdao:2 baozhuang:1 zhijian:1 fz_sheji:1 kefu_ds:1",
     "room_and_board housing meals social_insurance", "migrant_worker poverty_registered",
     "3302 3304 3305 3306 4420 4419 5001", 4, 6),
    ("autoparts", ["{c}{w}汽车零部件有限公司", "{w}汽配（{c}）有限公司", "{c}{w}机械制造有限公司"], "C36", ["manufacturing", "auto"],
     "qipei:4 cnc:3 hanjie:2 zhusu:1 zhijian:1 jishuyuan:1 cad:1 zhuangpei:2",
     "social_insurance_housing_fund meals housing shuttle year_end_bonus training", "migrant_worker veteran graduate hubei",
     "3302 3402 3204 4201 5001 4206 4301 3307", 5, 8),
    ("food", ["{c}{w}食品有限公司", "{w}食品（{c}）有限公司"], "C14", ["manufacturing"],
     "shipin:4 baozhuang:2 zhijian:1 hongbei:1 cangguan:1 yinshua:1",
     "meals housing social_insurance", "migrant_worker poverty_registered disabled", "5101 4301 3401", 2, 6),
    ("plant", ["{c}{w}钢铁有限公司"], "C31", ["manufacturing"], "yelian:3 hanjie:2 diangong:2 chache:1 jishuyuan:2 baoan:1",
     "social_insurance_housing_fund meals shuttle year_end_bonus", "veteran graduate migrant_worker", "6202", 1, 8),
    ("shop", ["{c}{w}电子商务有限公司", "{w}网络科技（{c}）有限公司", "{c}{w}贸易有限公司"], "F52", ["ecommerce", "internet"],
     "yunying:4 kefu_ds:4 meigong:2 zhubo:2 zhibo_zhuli:1 xuanpin:1 dabao:3 jianji:1 wenan:1 sheying:1",
     "social_insurance weekends_off meals year_end_bonus training", "graduate disabled",
     "3301 3307 3302 5101 4301 3205 4201", 6, 8),
    ("mcn", ["{c}{w}文化传媒有限公司", "{w}直播基地（{c}）", "{c}{w}网络传媒有限公司"], "R87", ["media", "ecommerce"],
     "zhubo:5 zhibo_zhuli:2 jianji:3 xinmeiti:2 wenan:1 sheying:1 huazhuang:1",
     "social_insurance year_end_bonus training meals", "graduate", "3301 4301 5101 3101 4201 3307", 4, 6),
    ("tech", ["{c}{w}科技有限公司", "{w}信息技术（{c}）有限公司", "{c}{w}网络技术有限公司"], "I65", ["internet"],
     "java:3 python:2 qianduan:2 ceshi:2 ui:1 chanpin:1 shujufenxi:1 yunwei:1 xinmeiti:1 kefu:1 hr:1 php:1 shishi:1",
     "social_insurance_housing_fund weekends_off paid_leave year_end_bonus", "graduate",
     "3301 3101 3201 5101 4201 3401 4301", 6, 7),
    ("design", ["{c}{w}装饰工程有限公司", "{c}{w}设计工作室", "{w}广告（{c}）有限公司"], "E50", ["design", "construction"],
     "shinei:3 pingmian:2 cad:1 zhuangxiu:2 youqi:1 shuidian:1 xiaoshou:1 mugong:1 wagong:1",
     "social_insurance year_end_bonus", "graduate migrant_worker", "5101 4301 3201 5001 3401", 3, 5),
    ("restaurant", ["{w}火锅（{c}）餐饮管理有限公司", "{c}{w}餐饮管理有限公司", "{w}湘菜馆", "{c}{w}小吃连锁"], "H62", ["catering"],
     "fuwuyuan:4 chushi:2 bangchu:2 chuancai:1 xiwan:2 miandian:1 dianzhang_cy:1 shouyin:1",
     "room_and_board meals housing social_insurance", "migrant_worker poverty_registered hubei disabled",
     "5101 5001 4301 4201 3101 3201 4604", 5, 6),
    ("tea", ["{w}茶饮（{c}）有限公司", "{c}{w}咖啡", "{w}烘焙连锁（{c}）"], "H62", ["catering"],
     "naicha:5 kafei:2 hongbei:2 dianzhang_cy:1",
     "meals social_insurance training", "graduate", "4301 5101 4201 3301 3101 3201 3401", 4, 5),
    ("hotel", ["{c}{w}大酒店", "{w}酒店（{c}）管理有限公司", "{c}{w}民宿", "{c}{w}KTV"], "H61", ["hospitality"],
     "qiantai_jd:3 kefang:3 fuwuyuan:1 baoan:1 chushi:1 minsu:1 ktv:2",
     "room_and_board meals housing social_insurance", "migrant_worker graduate", "4604 3305 5101 3101 4205", 4, 5),
    ("housekeeping", ["{c}{w}家政服务有限公司", "{w}家政（{c}）"], "O80", ["domestic"],
     "baomu:3 yuersao:2 yuesao:2 zhongdiangong:2 yanglao:1 hugong:1",
     "room_and_board training", "migrant_worker poverty_registered employment_difficulty hubei",
     "3101 3301 3201 4201 4301", 3, 6),
    ("carehome", ["{c}{w}养老院", "{c}{w}康养中心"], "Q85", ["domestic", "medical"],
     "yanglao:3 hugong:1 kangfu:1 hushi:1 chushi:1", "room_and_board social_insurance training",
     "migrant_worker employment_difficulty poverty_registered", "5101 3401", 2, 4),
    ("property", ["{c}{w}物业服务有限公司", "{w}物业（{c}）", "{c}{w}保安服务有限公司"], "K70", ["property", "realestate"],
     "baoan:4 baojie:4 wuye:2 lvhua:1 diangong:1 huanwei:1",
     "social_insurance meals housing", "veteran employment_difficulty disabled migrant_worker",
     "3101 3205 5101 4201 3401 3201 5001", 4, 6),
    ("sanitation", ["{c}{w}环境服务有限公司"], "N78", ["property"], "huanwei:3 lvhua:2 huoche:1 baojie:1",
     "social_insurance meals", "employment_difficulty poverty_registered disabled", "4301 4201", 1, 4),
    ("express", ["{w}速运（{c}）有限公司", "{c}{w}快递服务有限公司", "{c}{w}物流有限公司", "{c}{w}供应链管理有限公司"], "G60", ["logistics"],
     "kuaidi:3 fenjian:3 cangguan:1 zhuangxie:2 huoche:2 chache:1 gendan:1 dabao:2 kefu:1",
     "housing social_insurance meals", "migrant_worker veteran hubei poverty_registered",
     "3101 3205 3301 4201 5101 4207 3401 4101", 5, 8),
    ("riders", ["{c}{w}配送服务有限公司", "{w}即时配送（{c}）站点"], "I64", ["logistics"],
     "qishou:6 tongcheng:2", "training", "migrant_worker hubei veteran", "5101 5001 4201 4301 3301 3201 3101", 2, 6),
    ("mobility", ["{c}{w}汽车租赁有限公司"], "G54", ["transport"], "wangyueche:3 daijia:2 banche:1",
     "training", "veteran migrant_worker", "5101 4201", 1, 4),
    ("build", ["{w}建设集团（{c}）项目部", "{c}{w}建筑劳务有限公司", "{c}{w}建工集团"], "E47", ["construction"],
     "gangjin:2 wagong:2 mugong:2 diangong:1 shigongyuan:2 wajueji:1 hanjie:1",
     "room_and_board meals housing social_insurance", "migrant_worker poverty_registered veteran hubei",
     "4201 5001 3401 5101", 3, 5),
    ("market", ["{c}{w}超市", "{w}购物中心（{c}）", "{c}{w}便利店"], "F52", ["retail"],
     "daogou:2 shouyin:3 lihuo:2 dianzhang:1 cuxiao:1",
     "meals social_insurance", "employment_difficulty disabled graduate", "3302 4206 3201 5001 4302", 3, 5),
    ("salesco", ["{c}{w}商务咨询有限公司", "{c}{w}信息咨询有限公司", "{c}{w}科技服务有限公司"], "L72", ["sales"],
     "xiaoshou:3 dianxiao:3 ditui:2 dakehu:1 kefu:2 cuxiao:1",
     "social_insurance year_end_bonus training", "graduate veteran", "4201 5101 3401 3101 4101", 3, 5),
    ("realty", ["{c}{w}房地产经纪有限公司"], "K70", ["realestate"], "fangchan:4 wenyuan:1",
     "social_insurance training", "graduate", "3201 5001", 1, 5),
    ("auto4s", ["{c}{w}汽车销售服务有限公司", "{c}{w}汽车维修中心"], "O81", ["auto"],
     "qiche_xs:2 qixiu:3 banjin:1 xiche:2 kefu:1",
     "social_insurance meals", "veteran migrant_worker graduate", "4206 5001 3401 3205", 3, 5),
    ("school", ["{c}{w}教育培训学校", "{w}教育（{c}）", "{c}{w}幼儿园"], "P83", ["education"],
     "yingyu:2 kecheng:2 tuoguan:2 biancheng:1 wudao:1 zhujiao:2 youshi:3",
     "social_insurance weekends_off paid_leave", "graduate", "4301 4201 5101 3401 3201 3302", 5, 5),
    ("insurer", ["{w}人寿保险（{c}）分公司", "{c}{w}保险代理有限公司"], "J68", ["finance"],
     "baoxian:4 kefu:1 licai:1 xingzheng:1", "social_insurance training", "graduate employment_difficulty veteran",
     "4201 5001 4301", 2, 5),
    ("bank", ["{w}银行{c}分行", "{c}{w}农村商业银行"], "J66", ["finance"], "guiyuan:3 licai:2 xindai:2 kefu:1",
     "social_insurance_housing_fund weekends_off paid_leave year_end_bonus", "graduate veteran", "3301 5101", 2, 4),
    ("hospital", ["{c}{w}医院", "{c}{w}口腔诊所", "{w}大药房（{c}）连锁"], "Q84", ["medical"],
     "hushi:3 yishi:1 kangfu:1 hugong:1 kouqiang:2 yaodian:2 baojie:1",
     "social_insurance_housing_fund meals paid_leave", "graduate", "4201 5101 4301 3205", 4, 5),
    ("beauty", ["{c}{w}美业连锁", "{w}美容美发（{c}）", "{c}{w}足道养生馆"], "O80", ["beauty"],
     "meifa:3 meirong:3 meijia:2 meijie:1 huazhuang:1 anmo:2 qiantai:1",
     "room_and_board meals training", "migrant_worker graduate", "5101 5001 4301 3301 4201", 4, 5),
    ("gym", ["{w}健身（{c}）", "{c}{w}运动健身中心"], "R89", ["fitness"], "jianshen:3 yujia:1 youyong:1 huiji:2",
     "social_insurance training", "graduate veteran", "5101 3101 4301", 2, 4),
    ("pets", ["{c}{w}宠物医院", "{w}宠物生活馆（{c}）"], "O80", ["pets"], "cw_meirong:3 cw_dianyuan:2 cw_yisheng:2",
     "meals training", "graduate", "3101 5101 3301", 2, 4),
    ("farm", ["{c}{w}农业专业合作社", "{c}{w}生态农业有限公司", "{c}{w}茶业有限公司"], "A01", ["agriculture"],
     "nongchang:2 caicha:2 yangzhi:2 guoyuan:2 lvhua:1",
     "room_and_board meals", "poverty_registered migrant_worker employment_difficulty", "4604 3305 4205 5107", 3, 4),
    ("repairs", ["{c}{w}电器维修服务部", "{c}{w}数码维修"], "O81", ["repair"], "shouji:2 jiadian:3 diannao:2 shouhou:1",
     "social_insurance training", "veteran disabled", "4201 5101 3601", 2, 4),
    ("agency", ["{c}{w}人力资源服务有限公司", "{c}{w}劳务派遣有限公司"], "L72", ["manufacturing", "logistics"],
     "pugong:4 zhuangpei:2 fenjian:2 dabao:2 baoan:1 kefu:1 zhuangxie:1 baozhuang:1 qipei:1",
     "room_and_board housing social_insurance shuttle", "migrant_worker poverty_registered hubei employment_difficulty",
     "3205 4419 4420 3101 3204 4101 5101", 3, 9),
    ("accounting", ["{c}{w}财务咨询有限公司"], "L72", ["finance"], "kuaiji:3 chuna:1 wenyuan:1 hr:1",
     "social_insurance weekends_off", "graduate", "4301 5106", 1, 4),
]

OFFICE_EXTRAS = "wenyuan:2 kuaiji:1 hr:1 xingzheng:1 qiantai:1 chuna:1 zhuli:1"

# word stems for employer names
WORDS = ["鸿达", "锦程", "华越", "立恒", "博远", "众诚", "瑞丰", "嘉和", "天禄", "云帆", "星河", "汇川", "明德", "金桥",
         "启航", "新峰", "优派", "凯达", "蜀香", "湘味", "楚天", "江南", "吴越", "巴渝", "宏泰", "德盛", "永信", "安康",
         "乐活", "茶语", "鹿角", "拾光", "小满", "青禾", "润泽", "智联", "恒信", "海纳", "长风", "远景", "同舟", "百味",
         "锦绣", "聚力", "友邦", "福瑞", "顺达", "天成", "佳宜", "万象", "晨曦", "宜家乐", "大有", "知行", "极客", "泽众",
         "嘉盛", "佳禾", "荣达", "华彩", "一点", "鲸选", "橙子", "麦芽", "山海", "禾田", "盛世"]
