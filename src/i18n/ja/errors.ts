/** ルールが手を認めないときに表示する文言（日本語）：モデルの ActionError の各コードに1つ。Keys mirror en/errors.ts. */
import type { ERRORS as EN_ERRORS } from '../en/errors.ts';

export const ERRORS = {
  'error.MALFORMED_ACTION': 'ここではその手は打てません。',
  'error.UNKNOWN_SIDE': 'その国はこのゲームに参加していません。',
  'error.GAME_OVER': 'ゲームは終わりました。これ以上手は打てません。',
  'error.NOT_YOUR_TURN': 'あなたの番ではありません。相手側を待ってください。',
  'error.BAD_PACKAGE': '提案には、すべての項目について水準を1つずつ決める必要があります。',
  'error.LEVEL_OUT_OF_RANGE': 'その水準は、この項目の水準にありません。',
  'error.OFF_TABLE': 'その項目は交渉の対象外です。先に交渉項目に加えてください（戦術）。',
  'error.CROSSES_RED_LINE': 'この提案は、あなたが公に示したレッドラインを越えています。',
  'error.NO_STANDING_OFFER': '応じるべき提案が出ていません。',
  'error.TACTIC_USED': 'この戦術は、このゲームですでに使いました。',
  'error.UNKNOWN_ISSUE': 'そのような項目はこのシナリオにありません。',
  'error.ALREADY_ON_TABLE': 'その項目はすでに交渉の対象です。',
  'error.BAD_SETTINGS': 'この設定（シード、担当する国、相手、難しさ）ではゲームを始められません。',
  'error.SCENARIO_MISMATCH': 'このゲームは別のシナリオのものです。',
} as const satisfies Record<keyof typeof EN_ERRORS, string>;
