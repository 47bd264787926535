/** 振り返り画面の文言（日本語）：どのゲームも最後にこの画面になります。Keys mirror en/debrief.ts. */
import type { DEBRIEF as EN_DEBRIEF } from '../en/debrief.ts';

export const DEBRIEF = {
  'debrief.kicker': '振り返り',
  'debrief.notOver': 'このゲームはまだ終わっていないので、振り返りはありません。',

  // Header and buttons
  'debrief.headline.deal': '合意成立！',
  'debrief.headline.deadline': '合意なし：時間切れ',
  'debrief.headline.walkedAway': '合意なし：交渉決裂',
  'debrief.playAgain': 'もう一度プレイする',
  'debrief.toTitle': 'タイトル画面',
  'debrief.tabsName': '振り返りのページ',

  // Tabs
  'debrief.tab.result': '結果',
  'debrief.tab.dance': '交渉の流れ',
  'debrief.tab.sectors': '分野',
  'debrief.tab.approval': '支持率',
  'debrief.tab.scores': '得点',
  'debrief.tab.history': '実際の出来事',
  'debrief.tab.discuss': '話し合おう',

  // Why it ended as it did
  'debrief.story.deal':
    '第{round}ラウンド（{date}）に{acceptor}が{proposer}の提案を受け入れ、両国の国内で十分な団体が支持したため、合意が成立しました。',
  'debrief.story.deadline':
    '時間切れです。最後のラウンド（{date}）も合意なしで終わったため、予告されていた関税がそのまま残ります。',
  'debrief.story.walkedAway':
    '第{round}ラウンド（{date}）に{party}が交渉を打ち切りました。合意がないため、予告されていた関税がそのまま残ります。',
  'debrief.story.failedItem': '第{round}ラウンド（{parties}が国内で十分な支持を得られなかった）',
  'debrief.story.failedOne':
    'それまでに、交渉の場で受け入れられたものの国内で否決された提案が1件ありました：{list}。',
  'debrief.story.failedMany':
    'それまでに、交渉の場で受け入れられたものの国内で否決された提案が{count}件ありました：{list}。',
  'debrief.story.matches': 'あなたの合意は、{total}項目のうち{same}項目で{date}の実際の合意と同じです。',
  'debrief.story.realDealNoDeal': '実際の交渉担当者たちは、{date}に合意に達しました。',
  'debrief.story.youPlayed': 'あなたは{side}としてプレイしました。',
  'debrief.story.youWatched': 'あなたは、コンピューターが両国を担当するのを観戦しました。',
  'debrief.story.twoPlayers': '2人のプレイヤーが、それぞれの国を担当しました。',
  'debrief.announce': '{headline} {story}',

  // Final package
  'debrief.package.caption': '最終的な合意案（項目別）',
  'debrief.package.issue': '項目',
  'debrief.package.yours': 'あなたの合意',
  'debrief.package.yoursNoDeal': '合意なし：適用されるもの',
  'debrief.package.real': '実際の合意（{date}）',
  'debrief.package.match': '同じ？',
  'debrief.package.same': '✓ 同じ',
  'debrief.package.different': '異なる',
  'debrief.package.offTable': '（交渉の対象外）',
  'debrief.package.noHistorical': 'このシナリオには、比べる実際の合意がありません。',

  // The negotiation dance
  'debrief.dance.axis': '{party}：100点満点の得点',
  'debrief.dance.offers': '{party}の提案',
  'debrief.dance.frontier': 'パレート・フロンティア',
  'debrief.dance.nash': 'ナッシュ交渉解',
  'debrief.dance.noDeal': '合意なし',
  'debrief.dance.yourDeal': 'あなたの合意',
  'debrief.dance.yourNoDeal': 'あなたの結果：合意なし',
  'debrief.dance.realDeal': '実際の合意',
  'debrief.dance.howToRead':
    '1つの印が1つの提案です。右にあるほど{x}に有利、上にあるほど{y}に有利です。それぞれの国の線をたどると、どのように譲歩したかが分かります。',
  'debrief.dance.frontierNote':
    'パレート・フロンティアの上では、一方が得をするには他方が損をするしかありません。それより下の合意には、まだ両国が得をする余地が残っています。',
  'debrief.dance.nashNote':
    'ナッシュ交渉解は、合意なしと比べた利益を最も均等に分けます。両国の利益の積が最大になる点です。',
  'debrief.dance.scoresTitle': '100点満点の得点',
  'debrief.dance.summary': 'あなたの結果：{x} {resultX}、{y} {resultY}',
  'debrief.dance.summaryReal': '実際の合意：{x} {realX}、{y} {realY}',
  'debrief.dance.summaryNoDeal': '合意なし：{x} {noDealX}、{y} {noDealY}',

  // Sectors
  'debrief.sectors.flow': '{exporter} → {importer}',
  'debrief.sectors.baselineNote': '縦線：{year}年の貿易額',
  'debrief.sectors.yours': 'あなたの合意',
  'debrief.sectors.yoursNoDeal': 'あなたの結果（合意なし）',
  'debrief.sectors.real': '実際の合意',
  'debrief.sectors.noDeal': '合意なし',
  'debrief.sectors.totals': '合計',
  'debrief.sectors.metric': '年間',
  'debrief.sectors.jobs': '{party}：雇用',
  'debrief.sectors.jobsNote': '{year}年と比べた増減',
  'debrief.sectors.revenue': '{party}：関税収入',
  'debrief.sectors.revenueNote': '輸入品にかかる関税',
  'debrief.sectors.consumerCost': '{party}：消費者の追加負担',
  'debrief.sectors.consumerCostNote': '関税による値上がり',
  'debrief.sectors.balance': '{party}：貿易収支',
  'debrief.sectors.balanceNote': 'これらの分野の輸出から輸入を引いた額',

  // Approval
  'debrief.approval.title': '国内の支持率（100点満点）',
  'debrief.approval.start': '開始時',
  'debrief.approval.endDeal': '合意',
  'debrief.approval.endNoDeal': '合意なし',
  'debrief.approval.line': '{party} {value}',
  'debrief.approval.news': 'ラウンドの間のニュース',
  'debrief.approval.noNews': 'このゲームでは、交渉を変えるニュースはありませんでした。',
  'debrief.approval.after': '第{round}ラウンドの後',
  'debrief.approval.howToRead':
    '支持率は、国内でそれぞれの政府を支持する人の多さで、各ラウンドの終わりに測ります。交渉の場の提案やニュースによって上下します。',

  // Scores
  'debrief.scores.title': 'あなたと実際の交渉担当者の比較',
  'debrief.scores.measure': '指標',
  'debrief.scores.yours': 'あなたのゲーム',
  'debrief.scores.real': '実際の合意',
  'debrief.scores.both': '両国',
  'debrief.scores.none': 'なし',
  'debrief.scores.gain': '合意なしと比べた利益',
  'debrief.scores.gainNote':
    'それぞれの政府が望むことを基準に、合意なしより何点（100点満点）良いかを示します。0より大きければ、合意なしより良い合意です。',
  'debrief.scores.share': '利益の取り分',
  'debrief.scores.shareNote':
    '合意なしと比べて両国が得た利益全体のうち、それぞれの国が得た割合です。50%なら均等に分けたことになります。',
  'debrief.scores.nash': 'ナッシュ交渉解までの距離',
  'debrief.scores.nashNote':
    '利益を最も均等に分ける合意からどれだけ離れているかを示します。0ならちょうどその点で、小さいほど公平です。',
  'debrief.scores.pareto': 'パレート・フロンティアまでの距離',
  'debrief.scores.paretoNote':
    '両国のためになったはずなのに取り残された利益の大きさです。0なら無駄がありません。',
  'debrief.scores.jobs': '雇用',
  'debrief.scores.jobsNote': '貿易モデルから求めた、{year}年と比べた雇用の増減です。',
  'debrief.scores.approval': '支持率',
  'debrief.scores.approvalNote': '終了時に、それぞれの政府を支持する人の多さ（100点満点）です。',
  'debrief.scores.verdict':
    '{side}：あなたのゲームでは合意なしより{yours}点、実際の交渉担当者は{real}点でした。',
  'debrief.scores.verdictNoHistorical': '{side}：あなたのゲームでは合意なしより{yours}点でした。',
  'debrief.scores.sideYou': '{party}（あなた）',

  // What happened and discussion
  'debrief.history.title': '実際に起きたこと',
  'debrief.history.deal': '{date}の合意',
  'debrief.discuss.title': '話し合ってみよう',

  // Units and lists. `value` comes from src/ui/debrief/format.ts in billions of dollars (41.2 = 412億ドル).
  'debrief.unit.percent': '{value}%',
  'debrief.unit.billions': '{value}{currency}',
  'debrief.list.and': '{first}と{last}',
  'debrief.story.opponent':
    'コンピューターは{party}の交渉役を「{personality}」として務めました。{description}',

  // 後から発効する条件（スキーマ第2版、issue 15）
  'debrief.later.from': '{level}（{date}から）',
  'debrief.later.once': '{level}（{condition}）',
  'debrief.later.fromOnce': '{level}（{date}から、{condition}）',
  'debrief.later.economy':
    '後から発効する条件があります。署名時の基準年比の雇用：{first} {firstJobs}、{second} {secondJobs}。すべての条件の発効後：{first} {firstAll}、{second} {secondAll}。',
} as const satisfies Record<keyof typeof EN_DEBRIEF, string>;
