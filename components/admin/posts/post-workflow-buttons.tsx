"use client";

import { useState } from "react";
import type { PostStatus } from "@/lib/generated/prisma/enums";
import * as act from "@/lib/posts/actions/workflow";
import type { PostAction as Step } from "@/lib/posts/permissions";
import { ChangeTypeFields } from "./change-type-fields";
import { useEditSession } from "./edit-session";
import { ReturnNoteField, ScheduleFields, WithdrawFields } from "./workflow-fields";
import { WorkflowAction } from "./workflow-action";

export type WorkflowPanelPost = {
  id: number;
  version: number;
  status: PostStatus;
  hasDraft: boolean;
  scheduledAtInput: string;
};

// Offers exactly the steps lib/posts/permissions.ts allows this person now (`allowed`); every
// action checks again on the server. Rare or destructive steps stay folded until asked for.
export function PostWorkflowButtons({
  post,
  allowed,
  canPublish,
}: {
  post: WorkflowPanelPost;
  allowed: Step[];
  canPublish: boolean;
}) {
  const { dirty } = useEditSession();
  const [done, setDone] = useState("");
  const may = (s: Step) => allowed.includes(s);
  const common = { postId: post.id, version: post.version, disabled: dirty, onDone: setDone };
  const { status, hasDraft } = post;
  const draftOfLive = status === "PUBLISHED" && hasDraft;
  const publishLabel = draftOfLive ? "เผยแพร่ฉบับร่างที่รออยู่" : status === "WITHDRAWN" ? "เผยแพร่อีกครั้ง" : "เผยแพร่ทันที";

  return (
    <section aria-labelledby="workflow-title" className="space-y-3">
      <h2 id="workflow-title" className="text-lg font-bold">
        ขั้นตอนการเผยแพร่
      </h2>
      <p aria-live="polite" className="font-bold text-emerald-800 empty:hidden">
        {done}
      </p>
      {dirty && (
        <p className="rounded bg-amber-50 p-2 text-sm text-amber-900 ring-1 ring-amber-300">
          มีการแก้ไขที่ยังไม่บันทึก โปรดกด «บันทึก» ก่อน
        </p>
      )}
      {may("submit") && (
        <WorkflowAction
          {...common}
          action={act.submitForReview}
          label={draftOfLive ? "ส่งฉบับร่างให้บรรณาธิการตรวจ" : "ส่งให้บรรณาธิการตรวจ"}
          tone={canPublish ? "plain" : "primary"}
        />
      )}
      {may("publish") && (
        <WorkflowAction
          {...common}
          action={act.publishPost}
          tone="primary"
          label={publishLabel}
          idPrefix="publish-"
          fields={
            draftOfLive
              ? (e) => <ChangeTypeFields errors={e ?? {}} idPrefix="publish-" legend="การแก้ไขในฉบับร่างนี้เป็นแบบใด" />
              : undefined
          }
        />
      )}
      {may("schedule") && (
        <Fold title={status === "SCHEDULED" ? "เปลี่ยนเวลาเผยแพร่" : "ตั้งเวลาเผยแพร่"}>
          <WorkflowAction
            {...common}
            action={act.schedulePost}
            label="บันทึกเวลาเผยแพร่"
            fields={(e) => <ScheduleFields errors={e} defaultValue={post.scheduledAtInput} />}
          />
        </Fold>
      )}
      {may("unschedule") && <WorkflowAction {...common} action={act.unschedulePost} label="ยกเลิกการตั้งเวลา" />}
      {may("return") && (
        <Fold title="ส่งกลับให้ผู้เขียนแก้ไข">
          <WorkflowAction
            {...common}
            action={act.returnToAuthor}
            label="ส่งกลับ"
            fields={(e) => <ReturnNoteField errors={e} />}
          />
        </Fold>
      )}
      {may("discardDraft") && (
        <Fold title="ทิ้งฉบับร่างที่รออยู่">
          <p className="text-sm">หน้าเว็บยังแสดงฉบับที่เผยแพร่อยู่ ฉบับร่างยังกู้คืนได้จากประวัติการแก้ไข</p>
          <WorkflowAction {...common} action={act.discardDraft} label="ยืนยันทิ้งฉบับร่าง" tone="danger" />
        </Fold>
      )}
      {may("withdraw") && (
        <Fold title="ถอนการเผยแพร่">
          <p className="text-sm">ที่อยู่เดิมยังเปิดได้ แต่จะแสดงเหตุผลแทนเนื้อหา หรือพาผู้อ่านไปยังเรื่องที่ระบุ</p>
          <WorkflowAction
            {...common}
            action={act.withdrawPost}
            label="ยืนยันถอนการเผยแพร่"
            tone="danger"
            fields={(e) => <WithdrawFields errors={e} />}
          />
        </Fold>
      )}
      {may("delete") && (
        <Fold title="ลบเรื่องนี้">
          <p className="text-sm">เรื่องที่ยังไม่เคยเผยแพร่จะถูกลบถาวร พร้อมประวัติการแก้ไข</p>
          <WorkflowAction
            {...common}
            action={act.deletePost}
            label="ยืนยันลบ"
            tone="danger"
            after="/admin/posts?deleted=1"
          />
        </Fold>
      )}
      {!canPublish && status === "IN_REVIEW" && <p className="text-slate-700">ส่งตรวจแล้ว รอบรรณาธิการตรวจและเผยแพร่</p>}
      {!canPublish && (status === "SCHEDULED" || status === "WITHDRAWN") && (
        <p className="text-slate-700">เรื่องในสถานะนี้แก้ไขได้เฉพาะบรรณาธิการ</p>
      )}
    </section>
  );
}

function Fold({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <details className="rounded-md border border-slate-300 bg-white p-3">
      <summary className="cursor-pointer font-bold text-brand-800">{title}</summary>
      <div className="mt-2 space-y-2">{children}</div>
    </details>
  );
}
