// The Thai line for each result the alerts' route handlers send back (/alerts?result=…).
const RESULTS: Record<string, { text: string; error?: true }> = {
  sent: {
    text: "ส่งอีเมลยืนยันแล้ว กรุณาเปิดอีเมลและกดลิงก์ยืนยันภายใน 7 วัน หากไม่พบ โปรดดูในโฟลเดอร์จดหมายขยะ ท่านจะได้รับข่าวเมื่อยืนยันแล้วเท่านั้น",
  },
  email: { text: "รูปแบบอีเมลไม่ถูกต้อง เช่น name@example.com กรุณากรอกใหม่", error: true },
  sections: { text: "กรุณาเลือกอย่างน้อยหนึ่งหมวดข่าว", error: true },
  consent: { text: "กรุณาติ๊กยินยอมให้ใช้อีเมลเพื่อส่งข่าวตามที่เลือก", error: true },
  "too-many": { text: "มีคำขอสมัครจากเครือข่ายของท่านมากเกินไป กรุณาลองใหม่ในอีก 10 นาที", error: true },
  closed: { text: "ขณะนี้เว็บไซต์นี้ยังไม่เปิดรับข่าวทางอีเมล", error: true },
  invalid: { text: "ส่งแบบฟอร์มไม่สำเร็จ กรุณาลองใหม่อีกครั้ง", error: true },
  unavailable: { text: "ระบบไม่พร้อมชั่วคราว กรุณาลองใหม่ในอีกสักครู่", error: true },
  link: { text: "ลิงก์นี้ใช้ไม่ได้หรือหมดอายุแล้ว กรุณาสมัครใหม่ด้านล่าง", error: true },
  confirmed: { text: "ยืนยันแล้ว ท่านจะได้รับข่าวตามที่เลือกไว้ด้านล่าง" },
  saved: { text: "บันทึกการเปลี่ยนแปลงแล้ว" },
  unsubscribed: { text: "ยกเลิกการรับข่าวแล้ว ระบบจะไม่ส่งอีเมลข่าวมาอีก" },
};

export function ResultNotice({ result }: { result: string | undefined }) {
  const r = result ? RESULTS[result] : undefined;
  if (!r) return null;
  return r.error ? (
    <p role="alert" className="mt-4 rounded-md bg-red-50 p-3 font-bold text-red-800 ring-1 ring-red-200">
      {r.text}
    </p>
  ) : (
    <p role="status" className="mt-4 rounded-md bg-green-50 p-3 font-bold text-green-900 ring-1 ring-green-200">
      {r.text}
    </p>
  );
}
