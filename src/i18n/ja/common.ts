/** 複数の画面で使う文言（日本語）。Keys mirror src/i18n/en/common.ts exactly. */
import type { COMMON as EN_COMMON } from '../en/common.ts';

export const COMMON = {
  'app.title': 'Tariff Talks',
  'app.subtitle': '{year}年の{first}・{second}関税交渉に挑戦しよう',
  'app.dates': '交渉期間：{from}〜{to}',
  'app.loading': '読み込み中…',
  'app.loadFailed': '「{key}」を読み込めませんでした。ページを再読み込みして、もう一度試してください。',
  'common.back': '戻る',
  'common.continue': '続ける',
  'common.close': '閉じる',
  'common.japan': '日本',
  'common.us': 'アメリカ',
  /** The locale used to write dates and numbers (Intl), with the catalog's language. */
  'common.locale': 'ja-JP',
  // Accessibility (issue 13): the page's one heading per scene, and the canvas's name.
  'a11y.heading.boot': 'Tariff Talks：読み込み中',
  'a11y.heading.title': 'Tariff Talks：メインメニュー',
  'a11y.heading.setup': 'Tariff Talks：新しいゲーム',
  'a11y.heading.join': 'Tariff Talks：クラスのセッション',
  'a11y.heading.live': 'Tariff Talks：ライブ授業に参加',
  'a11y.heading.briefing': 'Tariff Talks：状況説明',
  'a11y.heading.table': 'Tariff Talks：交渉のテーブル',
  'a11y.heading.handover': 'Tariff Talks：端末の受け渡し',
  'a11y.heading.debrief': 'Tariff Talks：振り返り',
  'a11y.canvas': 'ゲームの画面です。画面に描かれていることは、すべてページの文章と操作部品にもあります。',
  // Presentation from the scenario (issue 15).
  'app.datesDeadline': '交渉期間：{from}〜{to}／期限：{deadline}',
  'app.description': '授業で使うゲーム。{tagline}。',
  /** 金額の通貨（シナリオが指定しない場合）。数字の後に付く（「558億ドル」）。 */
  'common.currency': 'ドル',
} as const satisfies Record<keyof typeof EN_COMMON, string>;
