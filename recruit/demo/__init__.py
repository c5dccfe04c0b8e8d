"""Demo and benchmark data: realistic Chinese employers, vacancies and jobseekers (Faker zh_CN).

Goes through the same services as the API, so counters and the search outbox stay right.
"""

from __future__ import annotations

import datetime as dt
import random
import secrets
import string

from faker import Faker
from sqlalchemy import func, select
from stdnum.cn import ric, uscc
from tqdm import tqdm

from recruit import privacy
from recruit.accounts import service as accounts
from recruit.accounts.models import Account
from recruit.applications import service as applications
from recruit.campaigns import service as campaigns
from recruit.clock import today as counters_today
from recruit.codes import regions
from recruit.employers import service as employers
from recruit.employers.models import Employer
from recruit.extensions import db
from recruit.jobseekers import service as jobseekers
from recruit.jobseekers.models import Jobseeker
from recruit.models_base import utcnow
from recruit.search import campaigns as search_campaigns
from recruit.search import indexer, mappings
from recruit.search import sync as search_sync
from recruit.vacancies import service as vacancies
from recruit.vacancies.models import Vacancy


def new_password() -> str:
    """A random demo password, printed once by the run command and never stored in clear."""
    return secrets.token_urlsafe(12)

# (title, salary floor, salary ceiling) of common campaign vacancies
TITLES = [
    ("普工", 3500, 6000), ("操作工", 3800, 6500), ("电工", 5000, 8000), ("维修电工", 5500, 9000),
    ("焊工", 6000, 10000), ("叉车司机", 4500, 7000), ("货车司机", 6000, 10000),
    ("快递员", 5000, 9000), ("外卖骑手", 5000, 10000), ("仓库管理员", 4000, 6000),
    ("服务员", 3500, 5000), ("餐厅服务员", 3500, 5000), ("厨师", 5000, 9000),
    ("保洁员", 3000, 4000), ("保安", 3500, 5000), ("行政文员", 4000, 6000),
    ("会计", 5000, 8000), ("出纳", 4000, 6000), ("销售代表", 4000, 12000),
    ("电话客服", 4000, 6000), ("护士", 5000, 8000), ("护工", 4000, 6000),
    ("幼儿教师", 4000, 6500), ("软件工程师", 10000, 25000), ("Java开发工程师", 12000, 25000),
    ("测试工程师", 8000, 15000), ("数据分析师", 10000, 20000), ("机械设计工程师", 8000, 15000),
    ("电商运营", 6000, 12000), ("直播销售员", 5000, 15000), ("网约配送员", 5000, 9000),
    ("质检员", 4000, 6000), ("数控车床操作工", 5500, 9000), ("装配工", 4200, 6500),
    ("水电工", 6000, 10000), ("建筑工人", 6000, 10000), ("缝纫工", 4500, 8000),
]
DUTIES = ["负责日常生产操作，服从班组安排", "按规范完成设备巡检与维护", "配合团队完成交付任务",
          "做好客户接待与服务工作", "遵守安全生产制度", "参与岗前培训，考核合格后上岗"]
PERKS = ["缴纳五险一金", "包吃包住", "提供员工宿舍", "有交通补贴", "月休四天",
         "节日福利", "年终奖金", "带薪年假"]
AGENCY_NAMES = ["人力资源服务有限公司", "劳务派遣有限公司", "职业介绍服务中心", "人才服务有限公司"]
# what the ad screen holds back for an operator: one demo ad in HELD_EVERY carries one of these
VIOLATIONS = ["限男性。", "女士优先。", "入职需交服装费200元。", "限本地户口。", "未婚者优先，限未婚。",
              "详情请致电13800138000。"]
HELD_EVERY = 40
# weighted towards Hubei and the big labour-receiving provinces
PROVINCE_WEIGHTS = {"42": 5, "44": 3, "33": 2, "32": 2, "31": 1, "11": 1, "51": 1, "41": 1,
                    "43": 1, "36": 1}


class Demo:
    def __init__(self, seed: int = 2020, held_every: int = HELD_EVERY, password: str | None = None):
        self.fake = Faker("zh_CN")
        self.fake.seed_instance(seed)
        self.rng = random.Random(seed)
        self.password_hash = accounts.hash_password(password or new_password())
        by_province: dict[str, list[str]] = {}
        for code in regions.counties():
            by_province.setdefault(code[:2], []).append(code)
        self.counties = by_province
        self.phones: set[str] = set(db.session.scalars(select(Account.phone)))
        self.vacancies_made, self.held_every = 0, held_every

    def county(self) -> str:
        prov = self.rng.choices(list(PROVINCE_WEIGHTS), weights=list(PROVINCE_WEIGHTS.values()))[0]
        return self.rng.choice(self.counties[prov])

    def phone(self) -> str:
        while True:
            number = "1" + self.rng.choice("3456789") + "".join(self.rng.choices(string.digits, k=9))
            if number not in self.phones:
                self.phones.add(number)
                return number

    def account(self, role: str, name: str, *, at: dt.datetime | None = None,
                region_prefix: str | None = None, commit: bool = True) -> Account:
        account = Account(role=role, phone=self.phone(), password_hash=self.password_hash,
                          display_name=name, region_prefix=region_prefix)
        if at is not None:
            account.created_at = account.updated_at = at
        db.session.add(account)
        if commit:
            db.session.commit()
        return account

    def credit_code(self, region_code: str) -> str:
        alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        body = "91" + region_code + "".join(self.rng.choices(alphabet, k=9))
        return body + uscc.calc_check_digit(body)

    def employer(self) -> Account:
        account = self.account("employer", self.fake.name())
        region = self.county()
        _verified(employers.register(account, name=self.company_name(), credit_code=self.credit_code(region),
                           region_code=region, address=self.fake.street_address(),
                           industry_code=self.rng.choice(["C38", "C39", "E47", "F52", "H62", "G54"]),
                           size_band=self.rng.choice(["small", "medium", "large"]),
                           contact_name=self.fake.name(), contact_phone=self.phone()))
        return account

    def agency(self) -> Account:
        """An HR services firm (GB/T 4754 L72) that posts for the employers that authorise it."""
        account = self.account("employer", self.fake.name())
        region = self.county()
        _verified(employers.register(account, name=self.agency_name(),
                           credit_code=self.credit_code(region), region_code=region, industry_code="L72",
                           address=self.fake.street_address(), size_band="medium", is_agency=True,
                           contact_name=self.fake.name(), contact_phone=self.phone()))
        return account

    def company_name(self) -> str:
        return self.fake.company()

    def agency_name(self) -> str:
        return f"{self.fake.city_name()}{self.rng.choice(AGENCY_NAMES)}"

    def vacancy(self, account: Account, for_employer: int | None = None) -> Vacancy:
        data = self.vacancy_data()
        for column in ("education_min", "experience_min_years", "employment_type", "benefits"):
            data.pop(column)  # the service's defaults
        return vacancies.create(account, {"employer_id": for_employer, **data})

    def vacancy_data(self) -> dict:
        """A vacancy's fields as a form or an import file gives them; one in held_every carries
        something the ad screen holds back for an operator."""
        title, low, high = self.rng.choice(TITLES)
        salary_min = self.rng.randrange(low, (low + high) // 2, 500)
        salary_max = self.rng.randrange(salary_min + 500, high + 1000, 500)
        headcount = self.rng.choice([1, 1, 2, 3, 5, 10, 20, 50])
        region = self.county()
        text = (f"招聘{title}{headcount}名。岗位职责：{'；'.join(self.rng.sample(DUTIES, 2))}。"
                f"福利待遇：{'、'.join(self.rng.sample(PERKS, 3))}。欢迎高校毕业生和返岗务工人员报名。")
        self.vacancies_made += 1
        if self.vacancies_made % self.held_every == 0:  # the review queue has work in the demo too
            text += VIOLATIONS[(self.vacancies_made // self.held_every) % len(VIOLATIONS)]
        return {
            "title": title, "description": text, "region_code": region, "headcount": headcount,
            "occupation_code": self.rng.choice(["4-01", "4-02", "4-03", "6-18", "6-29", "6-31"]),
            "welcomed_groups": self.rng.choice([[], [], ["graduate"], ["migrant_worker"],
                                                ["graduate", "hubei"], ["veteran"]]),
            "salary_min": salary_min, "salary_max": salary_max, "education_min": "none",
            "experience_min_years": 0, "employment_type": "full_time", "benefits": []}

    def resident_id(self) -> str:
        """A well-formed number for a 18-55 year old registered in a county in use."""
        while True:
            birth = self.fake.date_of_birth(minimum_age=18, maximum_age=55)
            body = self.county() + birth.strftime("%Y%m%d") + f"{self.rng.randrange(1000):03d}"
            number = body + ric.calc_check_digit(body + "0")  # stdnum wants a placeholder digit
            # the county must have existed in the birth year
            if privacy.is_resident_id(number):
                return number

    def jobseeker(self) -> Jobseeker:
        account = self.account("jobseeker", self.fake.name())
        return jobseekers.create_profile(account, name=account.display_name,
                                         resident_id=self.resident_id(),
                                         current_region_code=self.county(), **self.resume())

    def resume(self) -> dict:
        """Enough of a resume for matching: education, skills, wishes (all through the service)."""
        title, low, high = self.rng.choice(TITLES)
        year = counters_today().year
        return {
            "education_level": self.rng.choice(["junior_middle", "senior_high", "associate",
                                                 "bachelor"]),
            "graduation_year": self.rng.choice([year, year - 1, year - 3, year - 8, None]),
            "experience_years": self.rng.randint(0, 15),
            "skills": [title],
            "desired_regions": [self.county()[:4]],
            "expected_salary": self.rng.randrange(low, high + 1, 500),
            "preferred_employment_types": ["full_time"],
            "self_introduction": f"希望从事{title}工作，{self.rng.choice(DUTIES)}。",
            "declared_groups": self.rng.choice([[], [], ["migrant_worker"], ["migrant_worker"],
                                                ["poverty_registered"], ["veteran"]]),
        }


def _verified(employer: Employer) -> None:
    """Demo organisations are verified (as if by an operator), so they publish and see resumes."""
    employer.verification_status, employer.verified_at = "verified", utcnow()
    db.session.commit()


STAFF = (("admin", "13800000001", None, "平台管理员"),
         ("operator", "13800000002", "4201", "武汉市人社局运营"))


def staff() -> list[tuple[str, str, str]]:
    """A demo admin and a Wuhan operator, unless present, each with its own random password.

    Returns (role, phone, password) of the accounts made now: the only time a password is seen.
    """
    made = []
    for role, phone, prefix, name in STAFF:
        if not db.session.scalar(select(Account.id).where(Account.phone == phone)):
            password = new_password()
            accounts.register(role=role, phone=phone, password=password, display_name=name,
                              region_prefix=prefix)
            made.append((role, phone, password))
    return made


def sample_logins() -> list[tuple[str, str]]:
    """(role, phone) of a few demo accounts, for the run command's banner."""
    rows = []
    for label, role, agency in (("employer", "employer", False), ("agency", "employer", True),
                                ("jobseeker", "jobseeker", None), ("operator", "operator", None),
                                ("admin", "admin", None)):
        query = select(Account.phone).where(Account.role == role)
        if agency is not None:
            query = (query.join(Employer, Employer.id == Account.employer_id)
                     .where(Employer.is_agency.is_(agency)))
        phone = db.session.scalar(query.order_by(Account.id).limit(1))
        if phone:
            rows.append((label, phone))
    return rows


def load(employers_n: int = 300, vacancies_per_employer: int = 3, jobseekers_n: int = 300,
         seed: int = 2020, progress: bool = True, held_every: int = HELD_EVERY,
         agencies_n: int | None = None, password: str | None = None) -> dict:
    """Employers with vacancies, HR agencies posting for some of them (one per 100 employers
    unless agencies_n says), and jobseekers with resumes, all through the services."""
    # a different stream per run, so loading twice adds rather than collides
    demo = Demo(seed + db.session.scalar(select(func.count()).select_from(Account)), held_every,
                password)
    staff()  # the campaign needs an admin; the run command makes them first to print passwords
    made = {"employers": 0, "vacancies": 0, "held_for_review": 0, "agencies": 0, "agency_postings": 0,
            "jobseekers": 0}
    posters = []
    for _ in tqdm(range(employers_n), desc="用人单位", disable=not progress):
        account = demo.employer()
        posters.append(account)
        made["employers"] += 1
        for _ in range(demo.rng.randint(1, 2 * vacancies_per_employer - 1)):
            vacancy = demo.vacancy(account)
            made["vacancies"] += 1
            made["held_for_review"] += vacancy.status == "pending_review"
    for _ in range(employers_n // 100 if agencies_n is None else agencies_n):
        agency = demo.agency()
        made["agencies"] += 1
        credit_code = employers.of_account(agency).credit_code
        for client in demo.rng.sample(posters, min(5, len(posters))):
            employers.authorise_agency(client, credit_code)
            for _ in range(2):
                vacancy = demo.vacancy(agency, for_employer=client.employer_id)
                made["vacancies"] += 1
                made["agency_postings"] += 1
                made["held_for_review"] += vacancy.status == "pending_review"
    for _ in tqdm(range(jobseekers_n), desc="求职者", disable=not progress):
        demo.jobseeker()
        made["jobseekers"] += 1
    return made


def activity(seed: int = 2020, progress: bool = True) -> dict:
    """Applications, hires, a running graduates' session and its push, so reports have figures."""
    rng = random.Random(seed)
    open_ids = list(db.session.scalars(select(Vacancy.id).where(Vacancy.status == "published")))
    seekers = list(db.session.scalars(select(Jobseeker).order_by(Jobseeker.id)))
    made = {"applications": 0, "hires": 0, "pushes": 0}
    for j in tqdm(seekers, desc="投递与录用", disable=not progress):
        account = db.session.get(Account, j.account_id)
        for vacancy_id in rng.sample(open_ids, k=min(len(open_ids), rng.randint(0, 3))):
            vacancy = db.session.get(Vacancy, vacancy_id)
            if vacancy.status != "published":
                continue
            application, created = applications.apply(account, vacancy_id, note=None,
                                                       channel=rng.choice(["search", "recommendation"]))
            made["applications"] += created
            if created and rng.random() < 0.2:
                employer = db.session.scalar(
                    select(Account).where(Account.employer_id == vacancy.employer_id).limit(1))
                applications.hire(employer, application.id, note=None)
                made["hires"] += 1
    admin = db.session.scalar(select(Account).where(Account.role == "admin"))
    now = dt.datetime.now(dt.UTC)
    campaign = campaigns.create(admin, {
        "name": "2020届高校毕业生专场", "kind": "graduates", "target_groups": ["graduate"],
        "starts_at": now - dt.timedelta(days=1), "ends_at": now + dt.timedelta(days=60),
        "rule_welcomes_group": True})
    search_sync.drain()
    for index in mappings.INDICES:
        indexer.refresh(index)
    made["pushes"] = search_campaigns.push(campaign.id, top_k=5).pushed
    return made


def has_data() -> bool:
    return bool(db.session.scalar(select(func.count()).select_from(Account)))
