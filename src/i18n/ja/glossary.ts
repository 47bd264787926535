/**
 * 用語集（日本語）：ゲームで使う交渉と貿易の用語を、中学生・高校生にわかる一、二文で、ゲームのモデルの計算どおりに説明する。
 * `.forms` は、ゲームの文章の中で下線を引く語（読点ではなく半角カンマで区切る）。Keys mirror en/glossary.ts.
 */
import type { GLOSSARY as EN_GLOSSARY } from '../en/glossary.ts';

export const GLOSSARY = {
  'glossary.title': '用語集',
  'glossary.open': '用語集',
  'glossary.openShort': '？',
  'glossary.openName': '用語集：交渉のことばの説明（Gキー）',
  'glossary.search': '用語集を検索',
  'glossary.searchHint':
    '入力すると用語をしぼり込めます。どの画面でもGキーで用語集が開き、Escキーで閉じます。',
  'glossary.none': '「{query}」に当てはまる用語はありません。',
  'glossary.termName': '{term}：用語集で意味を見る',
  'glossary.shown': '用語集：{count}語です。',
  'glossary.entryShown': '{term}：{text}',

  'glossary.approval.term': '支持率',
  'glossary.approval.text':
    '国内で政府を支持する人の割合（%）です。ゲームでは、合意が合意なしのときよりも国内の団体を満足させると上がり、ニュースでも動きます。',
  'glossary.approval.forms': '支持率',
  'glossary.back-channel.term': '非公式ルート',
  'glossary.back-channel.text':
    '正式な会合とは別に、目立たないところで行う話し合いです。ゲームの戦術としては、相手がいちばん重視している項目がわかります。',
  'glossary.back-channel.forms': '非公式ルート',
  'glossary.batna.term': 'BATNA（バトナ）',
  'glossary.batna.text':
    '交渉がまとまらなかったときの、いちばんよい代わりの道です。このゲームでは「合意なし」で、予告された関税がそのまま残ります。BATNAがよいほど、合意のために譲るものは少なくてすみます。',
  'glossary.batna.forms': 'BATNA,バトナ',
  'glossary.concession.term': '譲歩',
  'glossary.concession.text':
    'ある項目で、前の提案よりも相手に多くを与えることです。関税を下げる、購入を増やす、投資を大きくする、などです。それぞれの側は自分の項目で譲歩します。',
  'glossary.concession.forms': '譲歩',
  'glossary.linkage.term': 'リンケージ（項目の追加）',
  'glossary.linkage.text':
    '交渉の対象外だった項目を交渉に加え、ほかの項目と取り引きできるようにすることです。ゲームの戦術としては、国内の支持率が少し下がります。',
  'glossary.linkage.forms': 'リンケージ,交渉に加える',
  'glossary.nash.term': 'ナッシュ交渉解',
  'glossary.nash.text':
    'パレート・フロンティア上の合意のうち、合意なしと比べた得を最も均等に分け合うものです。ゲームでは、そうした合意の中から、自分の得と相手の得（どちらも合意なしから測る）の積が最も大きいものを選びます。',
  'glossary.nash.forms': 'ナッシュ交渉解,ナッシュ解',
  'glossary.non-tariff-barrier.term': '非関税障壁',
  'glossary.non-tariff-barrier.text':
    '税金をかけずに輸入を妨げるルールです。たとえば、外国の車を売る前に、もう一度受けなければならない安全試験や認証です。',
  'glossary.non-tariff-barrier.forms': '非関税障壁',
  'glossary.package.term': '案（パッケージ）',
  'glossary.package.text':
    '交渉中のすべての項目について水準を1つずつ決めた、ひとまとまりの提案です。提案、受け入れ、拒否はいつも案ごとで、項目を1つだけ扱うことはありません。',
  'glossary.package.forms': 'パッケージ',
  'glossary.pareto.term': 'パレート・フロンティア',
  'glossary.pareto.text':
    '一方が得をするには、もう一方が損をするしかない合意の集まりです。フロンティアより下の合意には取り残しがあります。一方にとってよく、もう一方にとって悪くない別の案があるからです。ゲームは、ありうるすべての案を両方の側について採点して見つけます。',
  'glossary.pareto.forms': 'パレート・フロンティア,パレート',
  'glossary.quota.term': '輸入枠（クォータ）',
  'glossary.quota.text':
    'ある品物を国に入れてよい量の上限です。枠の内側は低い関税、外側は高い関税にすることがよくあります。日本は外国産のコメの多くを、こうした枠（ミニマム・アクセス）の中でだけ輸入しています。',
  'glossary.quota.forms': '輸入枠,ミニマム・アクセス',
  'glossary.ratification.term': '批准',
  'glossary.ratification.text':
    '両方の側が合意を受け入れたあと、それぞれの政府は国内で承認を得なければなりません。ゲームでは、合意を支持する団体の影響力の合計が、必要な割合に届けば批准されます。どちらかが否決されれば、まだ合意ではなく、交渉は続きます。',
  'glossary.ratification.forms': '批准',
  'glossary.reciprocal-tariff.term': '相互関税',
  'glossary.reciprocal-tariff.text':
    'アメリカが2025年4月2日に国ごとに発表した上乗せの関税です。相手国がアメリカに課しているものへの対抗だとされ、日本には24%でした。',
  'glossary.reciprocal-tariff.forms': '相互関税',
  'glossary.red-line.term': 'レッドライン',
  'glossary.red-line.text':
    '越えてはならない一線です（たとえば「自動車関税は15%まで」）。合意が自分のレッドラインを越える団体は、その合意に反対します。レッドラインを公に示す（戦術）と、自分の手をしばることになります。相手はそれを重く見ざるをえませんが、それを越える合意には自分の側のすべての団体が反対します。',
  'glossary.red-line.forms': 'レッドライン',
  'glossary.reservation.term': '留保価値（合意なしの価値）',
  'glossary.reservation.text':
    '合意なしを、その側がどれだけよいと思っているかです。これより価値の低い合意は、席を立つよりも悪い合意です。ゲームでは、合意なしの案に対するその側の満足度で、ニュースで動くこともあります。',
  'glossary.reservation.forms': '留保価値,合意なしの価値',
  'glossary.satisfaction.term': '満足度',
  'glossary.satisfaction.text':
    'ある団体が案をどれだけ気に入っているかを0から1で表した点数です。国の満足度は、各団体の点数を国内での影響力で重みづけした平均です。',
  'glossary.satisfaction.forms': '満足度',
  'glossary.tariff.term': '関税',
  'glossary.tariff.text':
    '外国から来る品物にかかる税金で、国に入るときに払います。買う人にとって高くなるので、売れる量が減ります。',
  'glossary.tariff.forms': '関税',
  'glossary.threshold.term': '批准に必要な割合',
  'glossary.threshold.text':
    '合意が国内で批准されるのに必要な、影響力で重みづけした支持の割合です（たとえば60%）。それぞれの側に決まった値があり、ニュースで変わることもあります。',
  'glossary.threshold.forms': '必要な割合',
  'glossary.weighted-support.term': '重みづけした支持',
  'glossary.weighted-support.text':
    '国内の各団体には重み（どれだけ影響力があるか）があります。合意がその団体のレッドラインを越えず、合意なしと同じくらいか、それ以上に気に入れば、その団体は合意を支持します。重みづけした支持とは、支持する団体の重みが全体の重みに占める割合です。',
  'glossary.weighted-support.forms': '重みづけした支持,支持',
  'glossary.win-set.term': 'ウィンセット',
  'glossary.win-set.text':
    'ある側が国内で批准できる合意のすべてです。ウィンセットが小さいことは交渉の武器になります（「議会はこれ以上は認めない」）が、両方が批准できる合意は見つけにくくなります。',
  'glossary.win-set.forms': 'ウィンセット',

  // 交渉テーブルのスライダーにある項目の説明
  'issueInfo.button': 'i',
  'issueInfo.buttonName': '{issue}について',
  'issueInfo.hint': 'Iキーで、この項目の説明が読めます。',
  'issueInfo.close': '閉じる',
  'issueInfo.shown': '{issue}について：{text}',
} as const satisfies Record<keyof typeof EN_GLOSSARY, string>;
