"""Word lists for the demo portfolio: names with romanisation, titles, places, products."""

from __future__ import annotations

# (simplified, traditional, pinyin)
SURNAMES = [
    ("王", "王", "Wang"), ("李", "李", "Li"), ("张", "張", "Zhang"), ("刘", "劉", "Liu"),
    ("陈", "陳", "Chen"), ("杨", "楊", "Yang"), ("赵", "趙", "Zhao"), ("黄", "黃", "Huang"),
    ("周", "周", "Zhou"), ("吴", "吳", "Wu"), ("徐", "徐", "Xu"), ("孙", "孫", "Sun"),
    ("胡", "胡", "Hu"), ("朱", "朱", "Zhu"), ("高", "高", "Gao"), ("林", "林", "Lin"),
    ("何", "何", "He"), ("郭", "郭", "Guo"), ("马", "馬", "Ma"), ("罗", "羅", "Luo"),
    ("梁", "梁", "Liang"), ("宋", "宋", "Song"), ("郑", "鄭", "Zheng"), ("谢", "謝", "Xie"),
    ("韩", "韓", "Han"), ("唐", "唐", "Tang"), ("冯", "馮", "Feng"), ("许", "許", "Xu"),
    ("邓", "鄧", "Deng"), ("曹", "曹", "Cao"), ("彭", "彭", "Peng"), ("曾", "曾", "Zeng"),
]
GIVEN = [
    ("伟", "偉", "wei"), ("强", "強", "qiang"), ("娜", "娜", "na"), ("敏", "敏", "min"),
    ("静", "靜", "jing"), ("丽", "麗", "li"), ("军", "軍", "jun"), ("磊", "磊", "lei"),
    ("洋", "洋", "yang"), ("勇", "勇", "yong"), ("艳", "艷", "yan"), ("杰", "傑", "jie"),
    ("涛", "濤", "tao"), ("明", "明", "ming"), ("超", "超", "chao"), ("霞", "霞", "xia"),
    ("平", "平", "ping"), ("刚", "剛", "gang"), ("桂", "桂", "gui"), ("芳", "芳", "fang"),
    ("建", "建", "jian"), ("华", "華", "hua"), ("志", "志", "zhi"), ("国", "國", "guo"),
    ("文", "文", "wen"), ("海", "海", "hai"), ("玲", "玲", "ling"), ("鹏", "鵬", "peng"),
    ("宇", "宇", "yu"), ("欣", "欣", "xin"), ("婷", "婷", "ting"), ("浩", "浩", "hao"),
    ("晨", "晨", "chen"), ("雪", "雪", "xue"), ("峰", "峰", "feng"), ("琳", "琳", "lin"),
]
WESTERN_FIRST = ["Anna", "Markus", "Julia", "Thomas", "Sophie", "Lukas", "Laura", "Daniel",
                 "Emma", "Felix", "Clara", "Jonas", "Maria", "Stefan", "Nina", "Peter",
                 "Sarah", "David", "Eva", "Michael", "Lisa", "Andreas", "Hanna", "Tobias"]
WESTERN_LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
                "Becker", "Hoffmann", "Keller", "Brown", "Miller", "Davis", "Wilson",
                "Taylor", "Anderson", "Moreau", "Laurent", "Rossi", "Bianchi", "Novak", "Larsen"]

# Department templates: (key, zh_CN, zh_TW, en, function)
DEPARTMENTS = [
    ("mgmt", "总经理办公室", "總經理辦公室", "Executive Office", "management"),
    ("purch", "采购部", "採購部", "Purchasing", "purchasing"),
    ("rd", "研发中心", "研發中心", "R&D Center", "user"),
    ("prod", "生产制造部", "生產製造部", "Manufacturing", "user"),
    ("qa", "质量管理部", "品質管理部", "Quality Management", "support"),
    ("fin", "财务部", "財務部", "Finance", "support"),
]
# Titles per level: (zh_CN, zh_TW, en)
TOP_TITLE = ("总经理", "總經理", "Managing Director")
HEAD_TITLES = {
    "purch": ("采购总监", "採購總監", "Head of Purchasing"),
    "rd": ("技术副总 / CTO", "技術副總 / CTO", "CTO"),
    "prod": ("生产副总", "生產副總", "VP Manufacturing"),
    "qa": ("质量总监", "品質總監", "Head of Quality"),
    "fin": ("财务总监 / CFO", "財務總監 / CFO", "CFO"),
    "mgmt": ("总经理助理", "總經理助理", "Assistant to the MD"),
}
MANAGER_TITLE = ("经理", "經理", "Manager")
STAFF_TITLES = [("工程师", "工程師", "Engineer"), ("高级工程师", "高級工程師", "Senior Engineer"),
                ("采购专员", "採購專員", "Buyer"), ("主管", "主管", "Supervisor"),
                ("专员", "專員", "Specialist"), ("技术员", "技術員", "Technician")]

HOMETOWNS = [("湖南长沙", "湖南長沙", "Changsha, Hunan"), ("山东青岛", "山東青島", "Qingdao, Shandong"),
             ("浙江宁波", "浙江寧波", "Ningbo, Zhejiang"), ("四川成都", "四川成都", "Chengdu, Sichuan"),
             ("江苏苏州", "江蘇蘇州", "Suzhou, Jiangsu"), ("广东潮州", "廣東潮州", "Chaozhou, Guangdong"),
             ("台湾新竹", "台灣新竹", "Hsinchu, Taiwan"), ("湖北武汉", "湖北武漢", "Wuhan, Hubei")]
SCHOOLS = [("清华大学", "清華大學", "Tsinghua University"), ("上海交通大学", "上海交通大學", "Shanghai Jiao Tong University"),
           ("浙江大学", "浙江大學", "Zhejiang University"), ("哈尔滨工业大学", "哈爾濱工業大學", "Harbin Institute of Technology"),
           ("台湾大学", "台灣大學", "National Taiwan University"), ("华中科技大学", "華中科技大學", "HUST"),
           ("RWTH Aachen", "RWTH Aachen", "RWTH Aachen"), ("TU München", "TU München", "TU Munich")]
HOBBIES = [("高尔夫", "高爾夫", "golf"), ("钓鱼", "釣魚", "fishing"), ("马拉松", "馬拉松", "marathon running"),
           ("书法", "書法", "calligraphy"), ("品茶", "品茶", "tea"), ("摄影", "攝影", "photography"),
           ("羽毛球", "羽毛球", "badminton"), ("围棋", "圍棋", "Go"), ("登山", "登山", "hiking"),
           ("红酒", "紅酒", "wine")]
CAREER = [("希望升任集团副总裁", "希望升任集團副總裁", "aims for group vice-president"),
          ("关注降本指标，年底考核", "關注降本指標，年底考核", "measured on cost-down at year end"),
          ("计划两年内退休", "計劃兩年內退休", "plans to retire within two years"),
          ("正在读EMBA", "正在讀EMBA", "studying for an EMBA"),
          ("想主导新工厂建设", "想主導新工廠建設", "wants to lead the new plant project")]

PRODUCTS = [("精密轴承 P4", "套"), ("伺服电机 S200", "台"), ("工业传感器 K7", "个"),
            ("液压阀组 HV-30", "套"), ("特种钢材 T9", "吨"), ("控制器 PLC-X", "台"),
            ("密封件 FKM", "件"), ("减速机 R90", "台")]

COMPETITORS = [("德森精工", "Dessen Precision"), ("Nordwerk AG", "Nordwerk AG"),
               ("东方机电", "Dongfang Mechatronics"), ("Kaitech Inc.", "Kaitech Inc."),
               ("日盛工业", "Nissei Industries")]

DECISION_STEPS = [("需求提出", "需求提出", "Need"), ("技术规格", "技術規格", "Specification"),
                  ("供应商资格认证", "供應商資格認證", "Supplier qualification"),
                  ("询价 RFQ", "詢價 RFQ", "RFQ"), ("送样测试", "送樣測試", "Samples"),
                  ("综合评估", "綜合評估", "Evaluation"), ("商务谈判", "商務談判", "Negotiation"),
                  ("审批", "審批", "Approval"), ("下达订单", "下達訂單", "Purchase order")]
CRITERIA = [("价格", "價格", "Price", 30), ("质量稳定性", "品質穩定性", "Quality consistency", 30),
            ("交期", "交期", "Delivery time", 20), ("技术支持", "技術支援", "Technical support", 20)]
