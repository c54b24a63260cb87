-- Offices: one install serves the central office and the 77 provincial offices. The database as
-- it stands becomes one office, the one its settings name (SiteSettings.province), or Chiang Rai
-- (the demo office) when it has no settings yet; every existing row, id, slug and file stays as it
-- was and belongs to that office. The catalogue comes from ../shared/offices.tsv.

-- CreateTable
CREATE TABLE "Office" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "province" TEXT,
    "provinceEn" TEXT,
    "isCentral" BOOLEAN NOT NULL DEFAULT false,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Office_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficeHost" (
    "host" TEXT NOT NULL,
    "officeId" INTEGER NOT NULL,

    CONSTRAINT "OfficeHost_pkey" PRIMARY KEY ("host")
);

-- CreateIndex
CREATE UNIQUE INDEX "Office_code_key" ON "Office"("code");

-- CreateIndex
CREATE INDEX "OfficeHost_officeId_idx" ON "OfficeHost"("officeId");

-- AddForeignKey
ALTER TABLE "OfficeHost" ADD CONSTRAINT "OfficeHost_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The offices: the central office first, then the 77 provinces in the catalogue's order.
INSERT INTO "Office" ("code", "nameTh", "nameEn", "province", "provinceEn", "isCentral") VALUES
('ect', 'สำนักงานคณะกรรมการการเลือกตั้ง', 'Office of the Election Commission of Thailand', NULL, NULL, true),
('bangkok', 'สำนักงานคณะกรรมการการเลือกตั้งประจำกรุงเทพมหานคร', 'Bangkok Office of the Election Commission of Thailand', 'กรุงเทพมหานคร', 'Bangkok', false),
('amnatcharoen', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดอำนาจเจริญ', 'Amnat Charoen Provincial Office of the Election Commission of Thailand', 'อำนาจเจริญ', 'Amnat Charoen', false),
('angthong', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดอ่างทอง', 'Ang Thong Provincial Office of the Election Commission of Thailand', 'อ่างทอง', 'Ang Thong', false),
('ayutthaya', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดพระนครศรีอยุธยา', 'Phra Nakhon Si Ayutthaya Provincial Office of the Election Commission of Thailand', 'พระนครศรีอยุธยา', 'Phra Nakhon Si Ayutthaya', false),
('buengkan', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดบึงกาฬ', 'Bueng Kan Provincial Office of the Election Commission of Thailand', 'บึงกาฬ', 'Bueng Kan', false),
('buriram', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดบุรีรัมย์', 'Buriram Provincial Office of the Election Commission of Thailand', 'บุรีรัมย์', 'Buriram', false),
('chachoengsao', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดฉะเชิงเทรา', 'Chachoengsao Provincial Office of the Election Commission of Thailand', 'ฉะเชิงเทรา', 'Chachoengsao', false),
('chainat', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดชัยนาท', 'Chai Nat Provincial Office of the Election Commission of Thailand', 'ชัยนาท', 'Chai Nat', false),
('chaiyaphum', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดชัยภูมิ', 'Chaiyaphum Provincial Office of the Election Commission of Thailand', 'ชัยภูมิ', 'Chaiyaphum', false),
('chanthaburi', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดจันทบุรี', 'Chanthaburi Provincial Office of the Election Commission of Thailand', 'จันทบุรี', 'Chanthaburi', false),
('chiangmai', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเชียงใหม่', 'Chiang Mai Provincial Office of the Election Commission of Thailand', 'เชียงใหม่', 'Chiang Mai', false),
('chiangrai', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเชียงราย', 'Chiang Rai Provincial Office of the Election Commission of Thailand', 'เชียงราย', 'Chiang Rai', false),
('chonburi', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดชลบุรี', 'Chonburi Provincial Office of the Election Commission of Thailand', 'ชลบุรี', 'Chonburi', false),
('chumphon', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดชุมพร', 'Chumphon Provincial Office of the Election Commission of Thailand', 'ชุมพร', 'Chumphon', false),
('kalasin', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดกาฬสินธุ์', 'Kalasin Provincial Office of the Election Commission of Thailand', 'กาฬสินธุ์', 'Kalasin', false),
('kamphaengphet', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดกำแพงเพชร', 'Kamphaeng Phet Provincial Office of the Election Commission of Thailand', 'กำแพงเพชร', 'Kamphaeng Phet', false),
('kanchanaburi', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดกาญจนบุรี', 'Kanchanaburi Provincial Office of the Election Commission of Thailand', 'กาญจนบุรี', 'Kanchanaburi', false),
('khonkaen', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดขอนแก่น', 'Khon Kaen Provincial Office of the Election Commission of Thailand', 'ขอนแก่น', 'Khon Kaen', false),
('krabi', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดกระบี่', 'Krabi Provincial Office of the Election Commission of Thailand', 'กระบี่', 'Krabi', false),
('lampang', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดลำปาง', 'Lampang Provincial Office of the Election Commission of Thailand', 'ลำปาง', 'Lampang', false),
('lamphun', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดลำพูน', 'Lamphun Provincial Office of the Election Commission of Thailand', 'ลำพูน', 'Lamphun', false),
('loei', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเลย', 'Loei Provincial Office of the Election Commission of Thailand', 'เลย', 'Loei', false),
('lopburi', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดลพบุรี', 'Lopburi Provincial Office of the Election Commission of Thailand', 'ลพบุรี', 'Lopburi', false),
('maehongson', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดแม่ฮ่องสอน', 'Mae Hong Son Provincial Office of the Election Commission of Thailand', 'แม่ฮ่องสอน', 'Mae Hong Son', false),
('mahasarakham', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดมหาสารคาม', 'Maha Sarakham Provincial Office of the Election Commission of Thailand', 'มหาสารคาม', 'Maha Sarakham', false),
('mukdahan', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดมุกดาหาร', 'Mukdahan Provincial Office of the Election Commission of Thailand', 'มุกดาหาร', 'Mukdahan', false),
('nakhonnayok', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดนครนายก', 'Nakhon Nayok Provincial Office of the Election Commission of Thailand', 'นครนายก', 'Nakhon Nayok', false),
('nakhonpathom', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดนครปฐม', 'Nakhon Pathom Provincial Office of the Election Commission of Thailand', 'นครปฐม', 'Nakhon Pathom', false),
('nakhonphanom', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดนครพนม', 'Nakhon Phanom Provincial Office of the Election Commission of Thailand', 'นครพนม', 'Nakhon Phanom', false),
('nakhonratchasima', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดนครราชสีมา', 'Nakhon Ratchasima Provincial Office of the Election Commission of Thailand', 'นครราชสีมา', 'Nakhon Ratchasima', false),
('nakhonsawan', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดนครสวรรค์', 'Nakhon Sawan Provincial Office of the Election Commission of Thailand', 'นครสวรรค์', 'Nakhon Sawan', false),
('nakhonsithammarat', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดนครศรีธรรมราช', 'Nakhon Si Thammarat Provincial Office of the Election Commission of Thailand', 'นครศรีธรรมราช', 'Nakhon Si Thammarat', false),
('nan', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดน่าน', 'Nan Provincial Office of the Election Commission of Thailand', 'น่าน', 'Nan', false),
('narathiwat', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดนราธิวาส', 'Narathiwat Provincial Office of the Election Commission of Thailand', 'นราธิวาส', 'Narathiwat', false),
('nongbualamphu', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดหนองบัวลำภู', 'Nong Bua Lamphu Provincial Office of the Election Commission of Thailand', 'หนองบัวลำภู', 'Nong Bua Lamphu', false),
('nongkhai', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดหนองคาย', 'Nong Khai Provincial Office of the Election Commission of Thailand', 'หนองคาย', 'Nong Khai', false),
('nonthaburi', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดนนทบุรี', 'Nonthaburi Provincial Office of the Election Commission of Thailand', 'นนทบุรี', 'Nonthaburi', false),
('pathumthani', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดปทุมธานี', 'Pathum Thani Provincial Office of the Election Commission of Thailand', 'ปทุมธานี', 'Pathum Thani', false),
('pattani', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดปัตตานี', 'Pattani Provincial Office of the Election Commission of Thailand', 'ปัตตานี', 'Pattani', false),
('phangnga', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดพังงา', 'Phang Nga Provincial Office of the Election Commission of Thailand', 'พังงา', 'Phang Nga', false),
('phatthalung', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดพัทลุง', 'Phatthalung Provincial Office of the Election Commission of Thailand', 'พัทลุง', 'Phatthalung', false),
('phayao', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดพะเยา', 'Phayao Provincial Office of the Election Commission of Thailand', 'พะเยา', 'Phayao', false),
('phetchabun', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเพชรบูรณ์', 'Phetchabun Provincial Office of the Election Commission of Thailand', 'เพชรบูรณ์', 'Phetchabun', false),
('phetchaburi', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเพชรบุรี', 'Phetchaburi Provincial Office of the Election Commission of Thailand', 'เพชรบุรี', 'Phetchaburi', false),
('phichit', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดพิจิตร', 'Phichit Provincial Office of the Election Commission of Thailand', 'พิจิตร', 'Phichit', false),
('phitsanulok', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดพิษณุโลก', 'Phitsanulok Provincial Office of the Election Commission of Thailand', 'พิษณุโลก', 'Phitsanulok', false),
('phrae', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดแพร่', 'Phrae Provincial Office of the Election Commission of Thailand', 'แพร่', 'Phrae', false),
('phuket', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดภูเก็ต', 'Phuket Provincial Office of the Election Commission of Thailand', 'ภูเก็ต', 'Phuket', false),
('prachinburi', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดปราจีนบุรี', 'Prachinburi Provincial Office of the Election Commission of Thailand', 'ปราจีนบุรี', 'Prachinburi', false),
('prachuapkhirikhan', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดประจวบคีรีขันธ์', 'Prachuap Khiri Khan Provincial Office of the Election Commission of Thailand', 'ประจวบคีรีขันธ์', 'Prachuap Khiri Khan', false),
('ranong', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดระนอง', 'Ranong Provincial Office of the Election Commission of Thailand', 'ระนอง', 'Ranong', false),
('ratchaburi', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดราชบุรี', 'Ratchaburi Provincial Office of the Election Commission of Thailand', 'ราชบุรี', 'Ratchaburi', false),
('rayong', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดระยอง', 'Rayong Provincial Office of the Election Commission of Thailand', 'ระยอง', 'Rayong', false),
('roiet', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดร้อยเอ็ด', 'Roi Et Provincial Office of the Election Commission of Thailand', 'ร้อยเอ็ด', 'Roi Et', false),
('sakaeo', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดสระแก้ว', 'Sa Kaeo Provincial Office of the Election Commission of Thailand', 'สระแก้ว', 'Sa Kaeo', false),
('sakonnakhon', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดสกลนคร', 'Sakon Nakhon Provincial Office of the Election Commission of Thailand', 'สกลนคร', 'Sakon Nakhon', false),
('samutprakan', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดสมุทรปราการ', 'Samut Prakan Provincial Office of the Election Commission of Thailand', 'สมุทรปราการ', 'Samut Prakan', false),
('samutsakhon', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดสมุทรสาคร', 'Samut Sakhon Provincial Office of the Election Commission of Thailand', 'สมุทรสาคร', 'Samut Sakhon', false),
('samutsongkhram', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดสมุทรสงคราม', 'Samut Songkhram Provincial Office of the Election Commission of Thailand', 'สมุทรสงคราม', 'Samut Songkhram', false),
('saraburi', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดสระบุรี', 'Saraburi Provincial Office of the Election Commission of Thailand', 'สระบุรี', 'Saraburi', false),
('satun', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดสตูล', 'Satun Provincial Office of the Election Commission of Thailand', 'สตูล', 'Satun', false),
('singburi', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดสิงห์บุรี', 'Sing Buri Provincial Office of the Election Commission of Thailand', 'สิงห์บุรี', 'Sing Buri', false),
('sisaket', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดศรีสะเกษ', 'Sisaket Provincial Office of the Election Commission of Thailand', 'ศรีสะเกษ', 'Sisaket', false),
('songkhla', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดสงขลา', 'Songkhla Provincial Office of the Election Commission of Thailand', 'สงขลา', 'Songkhla', false),
('sukhothai', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดสุโขทัย', 'Sukhothai Provincial Office of the Election Commission of Thailand', 'สุโขทัย', 'Sukhothai', false),
('suphanburi', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดสุพรรณบุรี', 'Suphan Buri Provincial Office of the Election Commission of Thailand', 'สุพรรณบุรี', 'Suphan Buri', false),
('suratthani', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดสุราษฎร์ธานี', 'Surat Thani Provincial Office of the Election Commission of Thailand', 'สุราษฎร์ธานี', 'Surat Thani', false),
('surin', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดสุรินทร์', 'Surin Provincial Office of the Election Commission of Thailand', 'สุรินทร์', 'Surin', false),
('tak', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดตาก', 'Tak Provincial Office of the Election Commission of Thailand', 'ตาก', 'Tak', false),
('trang', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดตรัง', 'Trang Provincial Office of the Election Commission of Thailand', 'ตรัง', 'Trang', false),
('trat', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดตราด', 'Trat Provincial Office of the Election Commission of Thailand', 'ตราด', 'Trat', false),
('ubonratchathani', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดอุบลราชธานี', 'Ubon Ratchathani Provincial Office of the Election Commission of Thailand', 'อุบลราชธานี', 'Ubon Ratchathani', false),
('udonthani', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดอุดรธานี', 'Udon Thani Provincial Office of the Election Commission of Thailand', 'อุดรธานี', 'Udon Thani', false),
('uthaithani', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดอุทัยธานี', 'Uthai Thani Provincial Office of the Election Commission of Thailand', 'อุทัยธานี', 'Uthai Thani', false),
('uttaradit', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดอุตรดิตถ์', 'Uttaradit Provincial Office of the Election Commission of Thailand', 'อุตรดิตถ์', 'Uttaradit', false),
('yala', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดยะลา', 'Yala Provincial Office of the Election Commission of Thailand', 'ยะลา', 'Yala', false),
('yasothon', 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดยโสธร', 'Yasothon Provincial Office of the Election Commission of Thailand', 'ยโสธร', 'Yasothon', false);

-- The office this database becomes.
DO $$
DECLARE
  named TEXT := (SELECT "province" FROM "SiteSettings" LIMIT 1);
  chosen INTEGER;
BEGIN
  IF named IS NULL THEN
    chosen := (SELECT "id" FROM "Office" WHERE "code" = 'chiangrai');
  ELSE
    chosen := (SELECT "id" FROM "Office"
               WHERE "province" = regexp_replace(btrim(named), '^(จังหวัด|จ\.)\s*', ''));
    IF chosen IS NULL THEN
      RAISE EXCEPTION 'The office settings name the province "%", which is not one of the 77 provinces (../shared/offices.tsv). Correct it (e.g. เชียงราย) and run the migration again.', named;
    END IF;
  END IF;
  UPDATE "Office" SET "isDefault" = true WHERE "id" = chosen;
END $$;

-- Rows written without an office belong to the default office (scripts and tests written before
-- offices; the application always names its office: lib/offices/scope.ts).
CREATE FUNCTION default_office_id() RETURNS INTEGER LANGUAGE sql STABLE AS
  $$ SELECT "id" FROM "Office" WHERE "isDefault" ORDER BY "id" LIMIT 1 $$;

-- DropIndex
DROP INDEX "Asset_createdAt_idx";

-- DropIndex
DROP INDEX "AuditLog_at_idx";

-- DropIndex
DROP INDEX "Election_published_pollingDay_idx";

-- DropIndex
DROP INDEX "Event_startsAt_idx";

-- DropIndex
DROP INDEX "Executive_sortOrder_idx";

-- DropIndex
DROP INDEX "OnlineVisitor_lastSeen_idx";

-- DropIndex
DROP INDEX "Post_status_publishedAt_idx";

-- DropIndex
DROP INDEX "Post_status_section_publishedAt_id_idx";

-- DropIndex
DROP INDEX "ProcurementDisclosure_fiscalYear_month_key";

-- DropIndex
DROP INDEX "ProcurementDisclosure_fiscalYear_published_kind_idx";

-- DropIndex
DROP INDEX "Tag_name_key";

-- AlterTable
ALTER TABLE "Asset" ADD COLUMN     "officeId" INTEGER NOT NULL DEFAULT default_office_id();

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "officeId" INTEGER NOT NULL DEFAULT default_office_id();

-- AlterTable
ALTER TABLE "Election" ADD COLUMN     "officeId" INTEGER NOT NULL DEFAULT default_office_id();

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "officeId" INTEGER NOT NULL DEFAULT default_office_id();

-- AlterTable
ALTER TABLE "Executive" ADD COLUMN     "officeId" INTEGER NOT NULL DEFAULT default_office_id();

-- AlterTable
ALTER TABLE "OfficePage" DROP CONSTRAINT "OfficePage_pkey",
ADD COLUMN     "officeId" INTEGER NOT NULL DEFAULT default_office_id(),
ADD CONSTRAINT "OfficePage_pkey" PRIMARY KEY ("officeId", "key");

-- AlterTable
ALTER TABLE "OnlineVisitor" DROP CONSTRAINT "OnlineVisitor_pkey",
ADD COLUMN     "officeId" INTEGER NOT NULL DEFAULT default_office_id(),
ADD CONSTRAINT "OnlineVisitor_pkey" PRIMARY KEY ("officeId", "id");

-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "officeId" INTEGER NOT NULL DEFAULT default_office_id();

-- AlterTable
ALTER TABLE "ProcurementDisclosure" ADD COLUMN     "officeId" INTEGER NOT NULL DEFAULT default_office_id();

-- AlterTable
ALTER TABLE "SiteSettings" DROP CONSTRAINT "SiteSettings_pkey",
DROP COLUMN "id",
ADD COLUMN     "officeId" INTEGER NOT NULL DEFAULT default_office_id(),
ADD CONSTRAINT "SiteSettings_pkey" PRIMARY KEY ("officeId");

-- AlterTable
ALTER TABLE "Tag" ADD COLUMN     "officeId" INTEGER NOT NULL DEFAULT default_office_id();

-- CreateIndex
CREATE INDEX "Asset_officeId_createdAt_idx" ON "Asset"("officeId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_officeId_at_idx" ON "AuditLog"("officeId", "at" DESC);

-- CreateIndex
CREATE INDEX "Election_officeId_published_pollingDay_idx" ON "Election"("officeId", "published", "pollingDay" DESC);

-- CreateIndex
CREATE INDEX "Event_officeId_startsAt_idx" ON "Event"("officeId", "startsAt");

-- CreateIndex
CREATE INDEX "Executive_officeId_sortOrder_idx" ON "Executive"("officeId", "sortOrder");

-- CreateIndex
CREATE INDEX "OnlineVisitor_officeId_lastSeen_idx" ON "OnlineVisitor"("officeId", "lastSeen");

-- CreateIndex
CREATE INDEX "Post_officeId_status_section_publishedAt_id_idx" ON "Post"("officeId", "status", "section", "publishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Post_officeId_status_publishedAt_idx" ON "Post"("officeId", "status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "ProcurementDisclosure_officeId_fiscalYear_published_kind_idx" ON "ProcurementDisclosure"("officeId", "fiscalYear", "published", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "ProcurementDisclosure_officeId_fiscalYear_month_key" ON "ProcurementDisclosure"("officeId", "fiscalYear", "month");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_officeId_name_key" ON "Tag"("officeId", "name");

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Asset" ADD CONSTRAINT "Asset_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SiteSettings" ADD CONSTRAINT "SiteSettings_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnlineVisitor" ADD CONSTRAINT "OnlineVisitor_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Election" ADD CONSTRAINT "Election_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficePage" ADD CONSTRAINT "OfficePage_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Executive" ADD CONSTRAINT "Executive_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcurementDisclosure" ADD CONSTRAINT "ProcurementDisclosure_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
