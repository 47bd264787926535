/** 状況説明の画面と、2人対戦で端末を渡す画面の文言（日本語）。Keys mirror en/briefing.ts. */
import type { BRIEFING as EN_BRIEFING } from '../en/briefing.ts';

export const BRIEFING = {
  'briefing.heading': '状況説明：{party}',
  'briefing.watching': '{party}の側から観戦します',
  'briefing.shown':
    '{party}への状況説明です。現在の状況、国内の団体、相手側について分かっていることを読んでください。',
  'briefing.situation': '現在の状況',
  'briefing.yourGovernment': 'あなたの政府',
  'briefing.leader': '指導者：{leader}',
  'briefing.negotiator': '交渉担当：{negotiator}',
  'briefing.noDeal': '合意できなかった場合',
  'briefing.meetings': '期限までの会合（{count}回）',
  'briefing.meetingDate': '{date}',
  'briefing.deadline': '期限',
  'briefing.deadlineOn': '期限：{date}',
  'briefing.deadlineItem': '期限：{description}',
  'briefing.yourGroups': '国内の団体',
  'briefing.yourGroupsNote':
    '合意が批准されるには、これらの団体の支持（影響力に応じた重みつき）の{threshold}%以上が必要です。',
  'briefing.otherSide': '{party}について分かっていること',
  'briefing.otherSideNote':
    '相手側の団体と、相手が公に示したレッドラインは分かりますが、各団体の影響力の大きさは分かりません。',
  'briefing.weight': '国内での影響力：{share}%',
  'briefing.caresAbout': '重視すること：{concerns}',
  'briefing.redLine': '{issue}のレッドライン：{rule}',
  'briefing.redLine.at-most': '{owner}は「{level}」までしか譲歩できません',
  'briefing.redLine.at-least': '{owner}は少なくとも「{level}」まで譲歩する必要があります',
  'briefing.quoteBy': '――{by}',
  'briefing.publicLine': '交渉の場で公に示された{issue}のレッドライン：{rule}',
  'briefing.noRedLines': '公に示されたレッドラインはありません。',
  'briefing.metric.jobs': '雇用',
  'briefing.metric.jobsOf': '雇用（{party}）',
  'briefing.metric.trade': '貿易額',
  'briefing.metric.tradeOf': '貿易額（{party}）',
  'briefing.metric.revenue': '関税収入',
  'briefing.metric.revenueOf': '関税収入（{party}）',
  'briefing.metric.consumer-cost': '消費者の負担',
  'briefing.metric.consumer-costOf': '消費者の負担（{party}）',
  'briefing.metric.balance': '貿易収支',
  'briefing.metric.balanceOf': '貿易収支（{party}）',
  'briefing.listSeparator': '、',
  'briefing.begin': '交渉を始める',
  'briefing.beginWatch': '観戦を始める',
  'briefing.back': '設定に戻る',
  'briefing.firstMover': '最初の会合は{party}が先に提案します。',

  'handover.heading': '{party}のプレイヤーに端末を渡してください',
  'handover.note': 'お互いに相手の作戦が見えないよう、画面を隠しています。',
  'handover.reveal': '{party}のプレイヤーです――自分の側を表示する',
  'handover.shown': '画面を隠しました。{party}のプレイヤーに端末を渡してください。',

  // 交渉前に表明されたレッドライン（スキーマ第2版、issue 15）
  'briefing.announcedLine': '交渉の前に公に表明された{issue}のレッドライン：{rule}',
} as const satisfies Record<keyof typeof EN_BRIEFING, string>;
