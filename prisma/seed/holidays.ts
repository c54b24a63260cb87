// Thai public holidays for 2565, 2568 and 2569 (Buddhist years). Only days the demo author was sure
// of: the fixed official days, the lunar days of 2565 and 2568, and substitution days that follow
// the standing rule (a holiday on a weekend moves to the next working day). Cabinet-added special
// days and the 2569 lunar days are left for staff to enter.

type HolidayRow = { date: Date; name: string };

const NEW_YEAR = "วันขึ้นปีใหม่";
const CHAKRI = "วันพระบาทสมเด็จพระพุทธยอดฟ้าจุฬาโลกมหาราชและวันที่ระลึกมหาจักรีบรมราชวงศ์";
const SONGKRAN = "วันสงกรานต์";
const LABOUR = "วันแรงงานแห่งชาติ";
const CORONATION = "วันฉัตรมงคล";
const QUEEN = "วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าสุทิดา พัชรสุธาพิมลลักษณ พระบรมราชินี";
const KING = "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระวชิรเกล้าเจ้าอยู่หัว";
const MOTHER = "วันเฉลิมพระชนมพรรษาสมเด็จพระบรมราชชนนีพันปีหลวง และวันแม่แห่งชาติ";
const NAVAMINDRA = "วันนวมินทรมหาราช";
const CHULALONGKORN = "วันปิยมหาราช";
const FATHER = "วันคล้ายวันพระบรมราชสมภพของพระบาทสมเด็จพระบรมชนกาธิเบศร มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร วันชาติ และวันพ่อแห่งชาติ";
const CONSTITUTION = "วันรัฐธรรมนูญ";
const NEW_YEARS_EVE = "วันสิ้นปี";
const MAKHA = "วันมาฆบูชา";
const VISAKHA = "วันวิสาขบูชา";
const ASALHA = "วันอาสาฬหบูชา";
const LENT = "วันเข้าพรรษา";

const sub = (name: string) => `วันหยุดชดเชย${name}`;

// [month, day, name] per Buddhist year.
const byYear: Record<number, [number, number, string][]> = {
  2565: [
    [1, 1, NEW_YEAR],
    [1, 3, sub(NEW_YEAR)],
    [2, 16, MAKHA],
    [4, 6, CHAKRI],
    [4, 13, SONGKRAN],
    [4, 14, SONGKRAN],
    [4, 15, SONGKRAN],
    [5, 1, LABOUR],
    [5, 4, CORONATION],
    [5, 15, VISAKHA],
    [5, 16, sub(VISAKHA)],
    [6, 3, QUEEN],
    [7, 13, ASALHA],
    [7, 14, LENT],
    [7, 28, KING],
    [8, 12, MOTHER],
    [10, 13, NAVAMINDRA],
    [10, 23, CHULALONGKORN],
    [10, 24, sub(CHULALONGKORN)],
    [12, 5, FATHER],
    [12, 10, CONSTITUTION],
    [12, 12, sub(CONSTITUTION)],
    [12, 31, NEW_YEARS_EVE],
  ],
  2568: [
    [1, 1, NEW_YEAR],
    [2, 12, MAKHA],
    [4, 6, CHAKRI],
    [4, 7, sub(CHAKRI)],
    [4, 13, SONGKRAN],
    [4, 14, SONGKRAN],
    [4, 15, SONGKRAN],
    [4, 16, sub(SONGKRAN)],
    [5, 1, LABOUR],
    [5, 4, CORONATION],
    [5, 5, sub(CORONATION)],
    [5, 11, VISAKHA],
    [5, 12, sub(VISAKHA)],
    [6, 3, QUEEN],
    [7, 10, ASALHA],
    [7, 11, LENT],
    [7, 28, KING],
    [8, 12, MOTHER],
    [10, 13, NAVAMINDRA],
    [10, 23, CHULALONGKORN],
    [12, 5, FATHER],
    [12, 10, CONSTITUTION],
    [12, 31, NEW_YEARS_EVE],
  ],
  2569: [
    [1, 1, NEW_YEAR],
    [4, 6, CHAKRI],
    [4, 13, SONGKRAN],
    [4, 14, SONGKRAN],
    [4, 15, SONGKRAN],
    [5, 1, LABOUR],
    [5, 4, CORONATION],
    [6, 3, QUEEN],
    [7, 28, KING],
    [8, 12, "วันแม่แห่งชาติ"],
    [10, 13, NAVAMINDRA],
    [10, 23, CHULALONGKORN],
    [12, 5, FATHER],
    [12, 7, sub(FATHER)],
    [12, 10, CONSTITUTION],
    [12, 31, NEW_YEARS_EVE],
  ],
};

export const holidays: HolidayRow[] = Object.entries(byYear).flatMap(([be, days]) =>
  days.map(([m, d, name]) => ({ date: new Date(Date.UTC(Number(be) - 543, m - 1, d)), name })),
);
