import type { Mode } from '../engine/types.js';
import type { Severity } from '../schema/catalog.js';
import type { Language } from '../schema/language.js';
import { DEBRIEF_WORDS, type DebriefWords } from '../render/debrief-words.js';

export type KeyWords = readonly [short: string, long: string];

/** Every word the play screens say that does not come from a dialogue or the catalogs, in each interface language. */
export interface UiStrings extends DebriefWords {
  /** What follows a label or a speaker's name: Chinese uses the full-width colon. */
  colon: string;
  /** Quotation marks around a spoken line. */
  open: string;
  close: string;
  /** An aside in brackets: full-width in Chinese. */
  paren: (text: string) => string;
  /** The same aside after a word: " (turn 2)", "（第 2 轮）". */
  aside: (text: string) => string;
  /** Between a sentence and the next one (Chinese needs no space). */
  sentenceGap: string;
  /** The rule set a call is played under, in the header. */
  rulesOf: (name: string) => string;
  coaching: string;
  result: string;
  /** Shown as a language in the menu: the version's language and country. */
  languages: string;
  chooseLanguage: string;
  confirmQuit: string;
  moreBelow: string;
  moreAbove: string;
  /** Printed once the screen has closed. */
  exitSaved: (transcript: string, score: number) => string;
  exitUnfinished: (transcript: string, command: string) => string;
  menuTitle: string;
  menuEmpty: string;
  menuSkipped: (files: number) => string;
  excuses: string;
  channel: Record<'phone' | 'visit', string>;
  debtKind: Record<'credit_card' | 'personal_loan' | 'supplier_invoice' | 'other', string>;
  stage: Record<'early' | 'late', string>;
  mode: Record<Mode, string>;
  /** The word before the random seed in the header: which variant of the lines this is. */
  variant: string;
  daysOverdue: (days: number) => string;
  owedTo: (creditor: string) => string;
  yourReply: string;
  excuse: string;
  coach: string;
  situation: string;
  why: string;
  rule: string;
  better: string;
  assessmentNote: string;
  undone: (turn: number) => string;
  nothingToUndo: string;
  noUndoInAssessment: string;
  quizTitle: string;
  quizRight: (name: string) => string;
  quizWrong: string;
  quizNoExcuse: string;
  quizAssessment: string;
  keys: {
    title: string;
    /** Each key's word for the key bar, then its description for the `?` panel. */
    move: KeyWords;
    choose: KeyWords;
    pick: KeyWords;
    undo: KeyWords;
    excuse: KeyWords;
    scroll: KeyWords;
    help: KeyWords;
    quit: KeyWords;
    replay: KeyWords;
    menu: KeyWords;
    close: KeyWords;
    debrief: KeyWords;
    language: KeyWords;
    anyKey: string;
    /** Free reply: start typing, check what was typed, leave typing. */
    type: KeyWords;
    check: KeyWords;
    confirm: KeyWords;
    list: KeyWords;
    stopTyping: KeyWords;
  };
  /** Free reply: the learner types the reply and Parley says which one it understood. */
  free: {
    title: string;
    placeholder: string;
    /** "You meant: “…” — Enter to confirm, Tab to pick from the list". */
    meant: (choice: string) => string;
    between: (first: string, second: string) => string;
    unclear: string;
    empty: string;
    full: (chars: number) => string;
    /** After a typed reply, where the choice's own words differ: "(matched: …)". */
    matched: (choice: string) => string;
    /** In a flag's details: the typed words that raised it. */
    youTyped: string;
  };
  conversationOver: string;
  /** "The conversation is over. Outcome: Paid today." */
  conversationEnded: (outcome: string) => string;
  metersOverTurns: string;
  savedAt: string;
  yourPath: string;
  compliantPath: string;
  pathsCompared: string;
  compliantWouldBe: (turn: number) => string;
  stoppedBefore: string;
  samePath: string;
  noCompliantPath: string;
  reloaded: (turn: number) => string;
  reloadStopped: (turn: number, choice: string) => string;
  reloadFailed: string;
  resumed: (turns: number) => string;
  fileChanged: string;
  noVersion: (language: string) => string;
  crashed: string;
  transcriptFailed: (reason: string) => string;
  transcriptNotSaved: string;
}

const en: UiStrings = {
  ...DEBRIEF_WORDS.en,
  colon: ': ',
  open: '“',
  close: '”',
  paren: (text) => `(${text})`,
  aside: (text) => ` (${text})`,
  sentenceGap: ' ',
  rulesOf: (name) => `${name} rules`,
  coaching: 'Coaching',
  result: 'Result',
  languages: 'Languages',
  chooseLanguage: 'Which language? Press its number, or Esc.',
  confirmQuit: 'Quit now? The transcript is kept and can be resumed. y quit · any other key stays',
  moreBelow: '… more below: PgDn',
  moreAbove: '… more above: PgUp',
  exitSaved: (transcript, score) => `Transcript saved to ${transcript} (score ${score}/100)`,
  exitUnfinished: (transcript, command) => `Transcript saved (unfinished) to ${transcript}\nContinue with: ${command}`,
  menuTitle: 'Choose a roleplay',
  menuEmpty: 'No valid dialogues found.',
  menuSkipped: (files) => `${files} ${files === 1 ? 'file has' : 'files have'} errors and ${files === 1 ? 'is' : 'are'} not listed; 'parley validate' shows why.`,
  excuses: 'Excuses',
  channel: { phone: 'phone call', visit: 'visit' },
  debtKind: { credit_card: 'credit card', personal_loan: 'personal loan', supplier_invoice: 'supplier invoice', other: 'other debt' },
  stage: { early: 'early stage', late: 'late stage' },
  mode: { practice: 'practice', assessment: 'assessment' },
  variant: 'variant',
  daysOverdue: (days) => `${days} days overdue`,
  owedTo: (creditor) => `owed to ${creditor}`,
  yourReply: 'Your reply',
  excuse: 'Excuse',
  coach: 'Coach',
  situation: 'Situation',
  why: 'Why',
  rule: 'Rule',
  better: 'Better',
  assessmentNote: 'Assessment: coaching, flags and meters are shown in the debrief.',
  undone: (turn) => `Took back turn ${turn}. Try another reply.`,
  nothingToUndo: 'Nothing to take back yet.',
  noUndoInAssessment: 'No undo in assessment mode.',
  quizTitle: 'Which excuse is this?',
  quizRight: (name) => `Right: ${name}.`,
  quizWrong: 'Not quite. Listen to the line again.',
  quizNoExcuse: 'This line voices no particular excuse.',
  quizAssessment: 'Naming excuses is part of practice mode.',
  keys: {
    title: 'Keys',
    move: ['move', 'move the highlight'],
    choose: ['choose', 'choose the highlighted line'],
    pick: ['pick', 'pick by number'],
    undo: ['undo', 'take back the last reply (practice mode)'],
    excuse: ['excuse', 'name the excuse the debtor is using (practice mode)'],
    scroll: ['scroll', 'scroll'],
    help: ['keys', 'show or hide these keys'],
    quit: ['quit', 'quit; the transcript so far is saved and can be resumed'],
    replay: ['again', 'play this dialogue again'],
    menu: ['menu', 'choose another dialogue'],
    close: ['close', 'close this list'],
    debrief: ['debrief', 'see the debrief'],
    language: ['language', 'choose the language of the highlighted dialogue'],
    anyKey: 'Press any key to go back.',
    type: ['type', 'type your own reply instead of picking one'],
    check: ['check', 'check which reply Parley understood'],
    confirm: ['confirm', 'say the reply Parley understood'],
    list: ['list', 'pick from the list instead (what you typed is kept)'],
    stopTyping: ['list', 'stop typing and pick from the list (what you typed is kept)'],
  },
  free: {
    title: 'Your reply: type what you would say, then press Enter',
    placeholder: 'type here',
    meant: (choice) => `You meant: ${choice} — Enter to confirm, Tab to pick from the list`,
    between: (first, second) => `That could be ${first} or ${second}. Say it another way, or press Tab to pick from the list.`,
    unclear: 'Parley couldn’t tell which reply you mean. Say it another way, or press Tab to pick from the list.',
    empty: 'Type what you would say to the debtor, then press Enter. Esc picks from the list instead.',
    full: (chars) => `That’s as long as a reply can be (${chars} characters).`,
    matched: (choice) => `(matched: ${choice})`,
    youTyped: 'You typed',
  },
  conversationOver: 'The conversation is over.',
  conversationEnded: (outcome) => `The conversation is over. Outcome: ${outcome}.`,
  metersOverTurns: 'Meters over the turns',
  savedAt: 'Transcript saved to',
  yourPath: 'Your path',
  compliantPath: 'Compliant path',
  pathsCompared: 'Your path beside the shortest flag-free path to the best outcome',
  compliantWouldBe: (turn) => `At turn ${turn} a compliant reply would have been:`,
  stoppedBefore: '(you stopped here)',
  samePath: 'You took the shortest compliant path to the best outcome.',
  noCompliantPath: 'This dialogue has no ending that can be reached without a flag.',
  reloaded: (turn) => `File changed: reloaded; you are still at turn ${turn}.`,
  reloadStopped: (turn, choice) => `File changed: reloaded; reply '${choice}' at turn ${turn} no longer exists, so you continue from there.`,
  reloadFailed: 'File changed but has errors; still playing the previous version:',
  resumed: (turns) => `Resumed after ${turns} recorded ${turns === 1 ? 'turn' : 'turns'}.`,
  fileChanged: 'The dialogue file changed since this transcript was recorded.',
  noVersion: (language) => `No ${language} version of this dialogue; playing it as written.`,
  crashed: 'Parley hit a bug and has to stop. The transcript so far is saved as unfinished.',
  transcriptFailed: (reason) => `The transcript could not be saved (${reason}). The session goes on, but it is no longer recorded.`,
  transcriptNotSaved: 'Transcript not saved:',
};

const es: UiStrings = {
  ...DEBRIEF_WORDS.es,
  colon: ': ',
  open: '“',
  close: '”',
  paren: (text) => `(${text})`,
  aside: (text) => ` (${text})`,
  sentenceGap: ' ',
  rulesOf: (name) => `normas de ${name}`,
  coaching: 'Consejo',
  result: 'Veredicto',
  languages: 'Idiomas',
  chooseLanguage: '¿En qué idioma? Pulse su número, o Esc.',
  confirmQuit: '¿Salir ahora? La transcripción queda guardada y se puede reanudar. y salir · otra tecla sigue',
  moreBelow: '… sigue abajo: PgDn',
  moreAbove: '… hay más arriba: PgUp',
  exitSaved: (transcript, score) => `Transcripción guardada en ${transcript} (puntuación ${score}/100)`,
  exitUnfinished: (transcript, command) => `Transcripción guardada (sin terminar) en ${transcript}\nPara continuar: ${command}`,
  menuTitle: 'Elija un juego de rol',
  menuEmpty: 'No se encontraron diálogos válidos.',
  menuSkipped: (files) => `${files === 1 ? 'Un archivo tiene errores y no aparece' : `${files} archivos tienen errores y no aparecen`}; 'parley validate' muestra por qué.`,
  excuses: 'Excusas',
  channel: { phone: 'llamada', visit: 'visita' },
  debtKind: { credit_card: 'tarjeta de crédito', personal_loan: 'préstamo personal', supplier_invoice: 'factura de proveedor', other: 'otra deuda' },
  stage: { early: 'etapa temprana', late: 'etapa avanzada' },
  mode: { practice: 'práctica', assessment: 'evaluación' },
  variant: 'variante',
  daysOverdue: (days) => `${days} días de atraso`,
  owedTo: (creditor) => `acreedor: ${creditor}`,
  yourReply: 'Su respuesta',
  excuse: 'Excusa',
  coach: 'Consejo',
  situation: 'Contexto',
  why: 'Por qué',
  rule: 'Norma',
  better: 'Mejor',
  assessmentNote: 'Evaluación: los consejos, alertas y medidores aparecen en la retroalimentación.',
  undone: (turn) => `Se deshizo el turno ${turn}. Pruebe otra respuesta.`,
  nothingToUndo: 'Todavía no hay nada que deshacer.',
  noUndoInAssessment: 'En modo evaluación no se puede deshacer.',
  quizTitle: '¿Qué excusa es esta?',
  quizRight: (name) => `Correcto: ${name}.`,
  quizWrong: 'No exactamente. Vuelva a escuchar la frase.',
  quizNoExcuse: 'Esta frase no expresa ninguna excusa en particular.',
  quizAssessment: 'Nombrar excusas es parte del modo práctica.',
  keys: {
    title: 'Teclas',
    move: ['mover', 'mover la selección'],
    choose: ['elegir', 'elegir la línea seleccionada'],
    pick: ['número', 'elegir por número'],
    undo: ['deshacer', 'deshacer la última respuesta (modo práctica)'],
    excuse: ['excusa', 'nombrar la excusa que usa el deudor (modo práctica)'],
    scroll: ['desplazar', 'desplazar'],
    help: ['teclas', 'mostrar u ocultar estas teclas'],
    quit: ['salir', 'salir; la transcripción queda guardada y se puede reanudar'],
    replay: ['otra vez', 'jugar este diálogo otra vez'],
    menu: ['menú', 'elegir otro diálogo'],
    close: ['cerrar', 'cerrar esta lista'],
    debrief: ['retroalimentación', 'ver la retroalimentación'],
    language: ['idioma', 'elegir el idioma del diálogo seleccionado'],
    anyKey: 'Pulse cualquier tecla para volver.',
    type: ['escribir', 'escribir su propia respuesta en vez de elegirla'],
    check: ['revisar', 'ver qué respuesta entendió Parley'],
    confirm: ['confirmar', 'decir la respuesta que entendió Parley'],
    list: ['lista', 'elegir de la lista (lo que escribió se guarda)'],
    stopTyping: ['lista', 'dejar de escribir y elegir de la lista (lo que escribió se guarda)'],
  },
  free: {
    title: 'Su respuesta: escriba lo que diría y presione Enter',
    placeholder: 'escriba aquí',
    meant: (choice) => `Usted quiso decir: ${choice} — Enter para confirmar, Tab para elegir de la lista`,
    between: (first, second) => `Eso podría ser ${first} o ${second}. Dígalo de otra forma, o presione Tab para elegir de la lista.`,
    unclear: 'Parley no entendió cuál respuesta quiere dar. Dígalo de otra forma, o presione Tab para elegir de la lista.',
    empty: 'Escriba lo que le diría al deudor y presione Enter. Con Esc elige de la lista.',
    full: (chars) => `La respuesta ya llegó al máximo (${chars} caracteres).`,
    matched: (choice) => `(se entendió como: ${choice})`,
    youTyped: 'Usted escribió',
  },
  conversationOver: 'La conversación terminó.',
  conversationEnded: (outcome) => `La conversación terminó. Resultado: ${outcome}.`,
  metersOverTurns: 'Medidores turno a turno',
  savedAt: 'Transcripción guardada en',
  yourPath: 'Su camino',
  compliantPath: 'Camino correcto',
  pathsCompared: 'Su camino junto al camino más corto sin alertas hacia el mejor resultado',
  compliantWouldBe: (turn) => `En el turno ${turn}, una respuesta correcta habría sido:`,
  stoppedBefore: '(aquí se detuvo)',
  samePath: 'Siguió el camino correcto más corto hacia el mejor resultado.',
  noCompliantPath: 'Este diálogo no tiene un final al que se llegue sin alertas.',
  reloaded: (turn) => `El archivo cambió: recargado; sigue en el turno ${turn}.`,
  reloadStopped: (turn, choice) => `El archivo cambió: recargado; la respuesta '${choice}' del turno ${turn} ya no existe, así que continúa desde ahí.`,
  reloadFailed: 'El archivo cambió pero tiene errores; se sigue jugando la versión anterior:',
  resumed: (turns) => `Se reanudó tras ${turns} ${turns === 1 ? 'turno grabado' : 'turnos grabados'}.`,
  fileChanged: 'El archivo del diálogo cambió desde que se grabó esta transcripción.',
  noVersion: (language) => `Este diálogo no tiene versión en ${language}; se juega tal como está escrito.`,
  crashed: 'Parley encontró un error y tiene que cerrarse. La transcripción hasta aquí quedó guardada como no terminada.',
  transcriptFailed: (reason) => `No se pudo guardar la transcripción (${reason}). La sesión sigue, pero ya no se está grabando.`,
  transcriptNotSaved: 'Transcripción no guardada:',
};

const zh: UiStrings = {
  ...DEBRIEF_WORDS.zh,
  colon: '：',
  open: '“',
  close: '”',
  paren: (text) => `（${text}）`,
  aside: (text) => `（${text}）`,
  sentenceGap: '',
  rulesOf: (name) => `${name}规则`,
  coaching: '指导',
  result: '结论',
  languages: '语言',
  chooseLanguage: '选哪种语言？按数字，或按 Esc。',
  confirmQuit: '现在退出吗？记录会保存，之后可以继续。y 退出 · 其他键留下',
  moreBelow: '… 下面还有：PgDn',
  moreAbove: '… 上面还有：PgUp',
  exitSaved: (transcript, score) => `记录已保存到 ${transcript}（得分 ${score}/100）`,
  exitUnfinished: (transcript, command) => `记录已保存（未完成）到 ${transcript}\n继续练习：${command}`,
  menuTitle: '选择一个情景演练',
  menuEmpty: '没有找到有效的对话。',
  menuSkipped: (files) => `有 ${files} 个文件有错误，没有列出；用 parley validate 可以查看原因。`,
  excuses: '借口',
  channel: { phone: '电话', visit: '上门' },
  debtKind: { credit_card: '信用卡', personal_loan: '个人贷款', supplier_invoice: '供货欠款', other: '其他欠款' },
  stage: { early: '早期', late: '后期' },
  mode: { practice: '练习', assessment: '考核' },
  variant: '版本',
  daysOverdue: (days) => `逾期 ${days} 天`,
  owedTo: (creditor) => `债权人：${creditor}`,
  yourReply: '你的回答',
  excuse: '借口',
  coach: '指导',
  situation: '情境',
  why: '原因',
  rule: '依据',
  better: '更好的说法',
  assessmentNote: '考核模式：指导、警示和指标都在复盘里显示。',
  undone: (turn) => `已撤回第 ${turn} 轮，换个说法试试。`,
  nothingToUndo: '还没有可以撤回的回答。',
  noUndoInAssessment: '考核模式不能撤回。',
  quizTitle: '这是哪种借口？',
  quizRight: (name) => `答对了：${name}。`,
  quizWrong: '不太对，再听听这句话。',
  quizNoExcuse: '这句话没有表达特定的借口。',
  quizAssessment: '辨认借口只在练习模式中进行。',
  keys: {
    title: '按键',
    move: ['移动', '移动选择'],
    choose: ['选择', '选择当前高亮的一项'],
    pick: ['数字', '按数字选择'],
    undo: ['撤回', '撤回上一个回答（练习模式）'],
    excuse: ['借口', '说出债务人用的是哪种借口（练习模式）'],
    scroll: ['滚动', '滚动'],
    help: ['按键', '显示或隐藏按键说明'],
    quit: ['退出', '退出；到目前为止的记录会保存，之后可以继续'],
    replay: ['重玩', '重新玩这个对话'],
    menu: ['菜单', '换一个对话'],
    close: ['关闭', '关闭这个列表'],
    debrief: ['复盘', '查看复盘'],
    language: ['语言', '选择所选对话的语言'],
    anyKey: '按任意键返回。',
    type: ['输入', '自己输入回答，而不是从列表里选'],
    check: ['识别', '看看 Parley 把你的话理解成哪一句'],
    confirm: ['确认', '说出 Parley 理解的那句回答'],
    list: ['列表', '改为从列表里选（已输入的内容会保留）'],
    stopTyping: ['列表', '不再输入，从列表里选（已输入的内容会保留）'],
  },
  free: {
    title: '你的回答：输入你会说的话，然后按 Enter',
    placeholder: '在这里输入',
    meant: (choice) => `你的意思是：${choice}——按 Enter 确认，按 Tab 从列表里选`,
    between: (first, second) => `这句话既像${first}，也像${second}。请换个说法，或按 Tab 从列表里选。`,
    unclear: 'Parley 没看明白你指的是哪一句。请换个说法，或按 Tab 从列表里选。',
    empty: '输入你想对债务人说的话，然后按 Enter。按 Esc 改为从列表里选。',
    full: (chars) => `回答已达到长度上限（${chars} 个字符）。`,
    matched: (choice) => `（匹配为：${choice}）`,
    youTyped: '你输入的是',
  },
  conversationOver: '对话结束了。',
  conversationEnded: (outcome) => `对话结束了。结果：${outcome}。`,
  metersOverTurns: '各轮指标变化',
  savedAt: '记录已保存到',
  yourPath: '你的路线',
  compliantPath: '合规路线',
  pathsCompared: '你的路线与通往最佳结果的最短无警示路线对照',
  compliantWouldBe: (turn) => `第 ${turn} 轮合规的回答应该是：`,
  stoppedBefore: '（你在这里停下）',
  samePath: '你走的就是通往最佳结果的最短合规路线。',
  noCompliantPath: '这个对话没有不触发警示就能到达的结局。',
  reloaded: (turn) => `文件已更改并重新加载，你仍在第 ${turn} 轮。`,
  reloadStopped: (turn, choice) => `文件已更改并重新加载；第 ${turn} 轮的回答“${choice}”已不存在，从那里继续。`,
  reloadFailed: '文件已更改但有错误，继续使用之前的版本：',
  resumed: (turns) => `已接着之前记录的 ${turns} 轮继续。`,
  fileChanged: '自这份记录保存以来，对话文件已经改动过。',
  noVersion: (language) => `这个对话没有${language}版本，按原文进行。`,
  crashed: 'Parley 出错，必须停止。到目前为止的记录已保存为未完成。',
  transcriptFailed: (reason) => `记录无法保存（${reason}）。练习可以继续，但不再被记录。`,
  transcriptNotSaved: '记录未保存：',
};

export const UI_STRINGS: Readonly<Record<Language, UiStrings>> = { en, es, zh };

/** Language names as each interface language writes them, for notes such as "no Spanish version". */
export const LANGUAGE_NAMES: Readonly<Record<Language, Record<Language, string>>> = {
  en: { en: 'English', es: 'Spanish', zh: 'Chinese' },
  es: { en: 'inglés', es: 'español', zh: 'chino' },
  zh: { en: '英文', es: '西班牙文', zh: '中文' },
};
