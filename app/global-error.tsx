"use client";

export default function GlobalError() {
  return (
    <html lang="th">
      <body style={{ fontFamily: "sans-serif", textAlign: "center", padding: "4rem 1rem" }}>
        <h1>ขออภัย ระบบขัดข้องชั่วคราว</h1>
        <p>กรุณาลองใหม่อีกครั้งในอีกสักครู่</p>
      </body>
    </html>
  );
}
