/** コーチ（はじめてのゲームの案内）の文言（日本語）：各ステップ、ボタン、設定の切り替え。Keys mirror en/coach.ts. */
import type { COACH as EN_COACH } from '../en/coach.ts';

export const COACH = {
  'coach.label': 'コーチ',
  'coach.count': 'コーチ・ステップ{index}／{count}',
  'coach.gotIt': 'わかった',
  'coach.stop': 'コーチを止める',
  'coach.stopped':
    'このゲームではコーチを止めました。新しいゲームの設定画面か「設定」で、もう一度オンにできます。',
  'coach.shown': 'コーチ、ステップ{index}／{count}：{title}。{text}',

  'coach.step.lever.title': '案をつくる',
  'coach.step.lever.text':
    'スライダー1本が、合意の項目1つです。矢印キーかマウスで動かします。自分の側が譲る項目は差し出せるもの、ほかの項目は相手に求めるものです。スライダーでIキーを押す（または丸い i をクリックする）と、その項目の説明が読めます。',
  'coach.step.projection.title': '結果を確かめる',
  'coach.step.projection.text':
    'スライダーを動かすと、このパネルに、それぞれの側がこの案をどう受け止めるかが出ます。満足度と、国内の団体が批准しそうか（「批准される見込み」）です。下のタブでは、雇用、貿易、団体ごとの反応が見られます。',
  'coach.step.offer.title': '相手の提案',
  'coach.step.offer.text':
    '相手側が提案しました。スライダーの ◆ が、項目ごとの相手の案です。「相手の案から始める」でその案を自分のスライダーに移せます。「相手の提案を受け入れる」で、そのまま受け入れます。',
  'coach.step.tactic.title': '戦術を使ってみる',
  'coach.step.tactic.text':
    '「戦術」では、レッドラインを公に示す、交渉の対象外の項目を交渉に加える、非公式ルートで相手がいちばん重視する項目を探る、ができます。どれにも代償があります。使う前に説明を読みましょう。',
  'coach.step.news.title': '会合の間のニュース',
  'coach.step.news.text':
    '会合と会合の間に、状況を変える出来事が起こります。関税が上がれば、合意なしのときの損失も、それぞれの側が受け入れられる内容も変わります。何が変わったかを読んでから交渉に戻りましょう。',
  'coach.step.ratification.title': '国内での批准',
  'coach.step.ratification.text':
    '受け入れられた合意は、両国でそれぞれ国内の批准を受けなければなりません。合意を支持する団体の影響力が、全体の中で必要な割合に届けば批准されます。否決されたら、交渉は続きます。',
  'coach.step.debrief.title': '振り返り',
  'coach.step.debrief.text':
    'ゲームがなぜこの結果になったのかを振り返ります。タブでは、あなたの合意を2025年7月22日の実際の合意と比べます。パレート・フロンティアとナッシュ交渉解を示した交渉の動き、雇用と貿易、支持率、得点です。',

  'coach.setting': 'コーチ',
  'coach.setting.auto': 'チュートリアルだけ',
  'coach.setting.on': 'すべてのゲームで',
  'coach.setting.off': 'オフ',
  'coach.setupSwitch': 'コーチの案内を受ける（ゲームの進行に合わせて短いヒントが出ます）',
} as const satisfies Record<keyof typeof EN_COACH, string>;
