/** 交渉テーブルとその上に出る画面（ニュース、批准）の文言（日本語）。Keys mirror en/table.ts. */
import type { TABLE as EN_TABLE } from '../en/table.ts';

export const TABLE = {
  // Numbers and units. `value` comes from src/ui/table/format.ts in billions of dollars (55.8 = 558億ドル):
  // 十億ドル is exact for that unit; 「{value}億ドル」 needs format.ts to pass the value in 億 (×10).
  'table.fmt.billions': '{value}十億ドル',
  'table.fmt.billionsSigned': '{sign}{value}十億ドル',
  'table.fmt.percent': '{value}%',
  'table.fmt.score': '{value}',
  'table.fmt.scoreEstimated': '約{value}',

  // Top bar and timeline
  'table.meeting': '第{number}回会合（全{count}回）／{date}',
  'table.turn.count': '第{turn}手（全{count}手）',
  'table.turn.you': 'あなたの番です',
  'table.turn.side': '{side}の番です',
  'table.turn.computer': '{side}（コンピューター）が考えています…',
  'table.turn.over': '交渉は終わりました',
  'table.timeline.deadline': '期限',
  'table.timeline.deadlineOn': '期限：{date}',

  'table.toTitle': 'タイトル画面',
  'table.toTitleName': 'タイトル画面へ：ゲームは保存されており、「続きから」で再開できます',

  // Roles
  'table.role.you': '{side}（あなた）',

  // Levers
  'table.levers.label': 'あなたの案',
  'table.levers.gives': '{side}が譲るもの',
  'table.levers.theirs': '相手の提案：{level}',
  'table.levers.theirsDiffers': '◆ 相手：{level}',
  'table.levers.theirsSame': '＝ 相手と同じ',
  'table.levers.offTable': '交渉の対象外：先に交渉項目に加えてください（戦術）',
  'table.levers.redLine': 'あなたのレッドライン：「{level}」{bound}',
  'table.levers.boundAtMost': 'まで',
  'table.levers.boundAtLeast': '以上',
  'table.levers.valueText': '{level}。相手の提案：{theirs}',
  'table.levers.valueTextNoOffer': '{level}',

  // Moves
  'table.move.propose': 'この案を提案する',
  'table.move.match': '相手の提案から始める',
  'table.move.accept': '相手の提案を受け入れる',
  'table.move.reject': '相手の提案を拒否する',
  'table.move.walk': '交渉を打ち切る…',
  'table.move.walkConfirm': '交渉を打ち切り、合意なしで終わりにしますか？',
  'table.move.walkYes': 'はい、打ち切ります',
  'table.move.walkNo': 'いいえ、交渉を続けます',
  'table.move.refused': 'できません：{message}',
  'table.move.enterHint': '矢印キーでレバーを動かし、Enterキーで「提案する」に移ります。',

  // Computer vs computer
  'table.watch.speed': '速さ',
  'table.watch.slow': 'ゆっくり',
  'table.watch.normal': 'ふつう',
  'table.watch.fast': '速い',
  'table.watch.instant': '最速',
  'table.watch.pause': '一時停止',
  'table.watch.resume': '再開',

  // Stage
  'table.card.theirs': '相手の提案',
  'table.card.yours': 'あなたの提案',
  'table.card.by': '{side}の提案',
  'table.card.accepted': '受け入れ',
  'table.card.rejected': '拒否',

  // Summary and projection
  'table.proj.heading': 'レバーの案で合意した場合（「約」は推定値）',
  'table.proj.exact': '確定',
  'table.proj.estimated': '推定',
  'table.proj.ratifies': '✓ 批准される見込み',
  'table.proj.fails': '✗ 批准されない見込み',
  'table.proj.support': '支持 {support}／必要 {threshold}',
  'table.proj.supportShort': '{support}／必要 {threshold}',
  'table.proj.satisfactionShort': '満足度 {value}（合意なしなら {noDeal}）',
  'table.proj.satisfaction': '満足度 {value}（合意なしなら {noDeal}）／支持率 {approval}',
  'table.tab.economy': '経済',
  'table.tab.home': '国内',
  'table.tab.offers': 'これまでの提案',
  'table.tab.tactics': '戦術',
  'table.tabs.label': '詳細',
  'table.econ.jobs': '雇用（2024年比）',
  'table.econ.revenue': '関税収入',
  'table.econ.consumerCost': '消費者の追加負担',
  'table.econ.balance': '貿易収支',
  'table.econ.trade': '分野別の貿易額（年間。カッコ内は2024年比の増減）',
  'table.econ.atTariff': '関税{tariff}',
  'table.home.supports': '✓',
  'table.home.opposes': '✗',
  'table.home.redLine': '⊘',
  'table.home.reasonSupports': '支持',
  'table.home.reasonRedLine': 'レッドライン：{issue}',
  'table.home.reasonWorse': '合意なしより不利',
  'table.home.reasonWorseTolerated': '支持（わずかに不利）',

  // History
  'table.history.meeting': '会合',
  'table.history.who': '提案者',
  'table.history.yours': 'あなた',
  'table.history.theirs': '相手（推定）',
  'table.history.none':
    'まだ提案はありません。最初の提案が交渉の流れを決めます。高い目標を掲げつつ、批准される範囲にとどめましょう。',
  'table.history.load': '読み込む',
  'table.history.loadName': '提案{number}をレバーに読み込む',
  'table.history.caption': '満足度は0〜100で、あなたから見た値です。相手側の値は推定です。',

  // Tactics
  'table.tactic.redLine': 'レッドラインを公に示す',
  'table.tactic.redLineWhy':
    '譲れない一線を公に宣言して、自分の手をしばります。相手にはあなたがどこで止まるかが分かりますが、あなた自身もその線を越える提案はできなくなり、交渉が決裂すると支持率が{cost}ポイント下がります。',
  'table.tactic.redLineIssue': 'レッドラインを示す項目',
  'table.tactic.redLineLevel': 'レッドラインの水準',
  'table.tactic.redLineDraw': 'レッドラインを示す',
  'table.tactic.redLineAtMost': '譲歩の上限：{level}',
  'table.tactic.redLineAtLeast': '最低限の要求：{level}',
  'table.tactic.redLineDrawn': 'あなたのレッドライン：{issue}は「{level}」{bound}。',
  'table.tactic.link': '項目を交渉に加える',
  'table.tactic.linkWhy':
    '交渉の対象外の項目を交渉に加えます。取引の材料は増えますが、加えると国内での支持率が下がります。',
  'table.tactic.linkIssue': '加える項目',
  'table.tactic.linkOption': '{issue}（支持率：{costs}）',
  'table.tactic.linkDo': '加える',
  'table.tactic.linkNone': 'すべての項目が交渉の対象です。',
  'table.tactic.linkUsed': '{issue}を交渉に加えました。',
  'table.tactic.backChannel': '非公式ルートを開く',
  'table.tactic.backChannelWhy':
    '相手側が最も重視していることが分かります。ただし、{chance}の確率で情報が漏れ、支持率が{cost}ポイント下がります。',
  'table.tactic.backChannelDo': '非公式ルートを開く',
  'table.tactic.intel': '非公式ルートからの情報：{side}が最も重視しているのは{issue}です。',
  'table.tactic.used': '使用済みです。',
  'table.tactic.notYourTurn': '戦術は自分の番に使えます。',

  // End of the talks without a deal
  'table.end.deadline': '合意なし：時間切れです。',
  'table.end.walked': '合意なし：{side}が交渉を打ち切りました。',
  'table.end.detail': '予告されていた関税が発動されます。',
  'table.end.debrief': '振り返りを見る',
  'table.end.deal': '合意が成立しました。',
  'table.end.stampNoDeal': '合意なし',
  'table.end.stampDeal': '合意',

  // Announcements (ARIA live region)
  'table.say.proposed': '{side}の提案：{package}。',
  'table.say.line': '{side}：「{line}」',
  'table.say.accepted': '{side}が提案を受け入れました。',
  'table.say.rejected': '{side}が提案を拒否しました。',
  'table.say.walked': '{side}が交渉を打ち切りました。',
  'table.say.redLine': '{side}がレッドラインを公に示しました：{issue}は「{level}」{bound}。',
  'table.say.linked': '{side}が{issue}を交渉に加えました。',
  'table.say.backChannel': '{side}が非公式ルートを開きました。',
  'table.say.leaked': '非公式ルートの情報が漏れました。{side}の支持率が下がります。',
  'table.say.meetingEnded': '第{number}回会合が終わりました。',
  'table.say.news': 'ニュース：{title}。',
  'table.say.ratifiedBoth': '合意は両国で批准されました。',
  'table.say.ratifyFailed': '{sides}で批准されませんでした。交渉は続きます。',
  'table.say.noDealDeadline': '合意がないまま時間切れになりました。',
  'table.say.noDealWalked': '交渉は合意なしで終わりました。',
  'table.say.and': '{a}と{b}',

  // News overlay
  'table.news.kicker': 'ニュース',
  'table.news.count': '{index}／{count}',
  'table.news.changed': '変わったこと',
  'table.news.noDeal': '合意なしの場合の{issue}：{from} → {to}',
  'table.news.noDealSame': '合意なしの場合の{issue}は{to}のまま',
  'table.news.influenceUp': '{side}：{group}の影響力が強まる',
  'table.news.influenceDown': '{side}：{group}の影響力が弱まる',
  'table.news.thresholdUp': '{side}が合意を批准するには、これまでより幅広い国内の支持が必要になる',
  'table.news.thresholdDown': '{side}が合意を批准するのに必要な国内の支持が少なくなる',
  'table.news.thresholdOwn': '{side}が合意を批准するには、国内の支持が{to}必要になる（これまでは{from}）',
  'table.news.approval': '{side}の支持率 {change}',
  'table.news.next': '次のニュース',
  'table.news.continue': '交渉テーブルに戻る',

  // Ratification overlay
  'table.ratify.heading': '国内での批准',
  'table.ratify.intro':
    '{side}が提案を受け入れました。これから両国の団体が、この合意を支持するかどうかを決めます。',
  'table.ratify.passed': '✓ 批准',
  'table.ratify.failed': '✗ 国内で否決',
  'table.ratify.support': '支持 {support}／必要 {threshold}',
  'table.ratify.deal': '合意成立！ 両国が批准しました。',
  'table.ratify.dealFailed': '{sides}の国内で合意が否決されました。交渉は続きます。',
  'table.ratify.reasonSupports': '合意を支持',
  'table.ratify.reasonTolerated': '合意を支持（合意なしよりわずかに不利だが容認）',
  'table.ratify.reasonRedLine': '反対：合意が{issue}のレッドラインを越えている',
  'table.ratify.reasonWorse': '反対：合意なしより不利',
  'table.ratify.toDebrief': '振り返りへ進む',
  'table.ratify.toTable': '交渉テーブルに戻る',
} as const satisfies Record<keyof typeof EN_TABLE, string>;
