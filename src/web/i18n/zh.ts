import type { WebCatalog } from './web-catalog';
import { zhConsole } from './console/zh';

/** Chinese (Simplified, Mandarin), draft (src/i18n/languages.ts): every page, the team's too. */
export const zh: WebCatalog = {
  lang: 'zh',
  dir: 'ltr',
  languageName: '中文',
  layout: {
    brand: 'Kith',
    skipLink: '跳到主要内容',
    languageNav: '语言',
  },
  front: {
    notSetUp: {
      title: 'Kith 正在运行',
      heading: 'Kith 正在运行，但这条热线还没有设置',
      body: '启动 Kith 的人来设置它，只需一次。在服务器的输出（启动 Kith 的终端或日志）里找一次性的设置链接。它以“/setup#token=”和一串长代码结尾。在浏览器里打开它。',
      where: '如果链接已超过 24 小时，或找不到它，请重新启动 Kith：它会打印一个新链接。',
      never: '这个页面从不显示设置链接：任何看到它的人都能设置这条热线。',
    },
    title: '{program}',
    reachHeading: '如何联系我们',
    callOrText: '拨打或发短信到 {number}。',
    noNumber: '这条热线还没有电话号码。',
    chat: '在线和我们聊天',
    teamHeading: '团队入口',
    signIn: '登录控制台',
    noAccount: '还没有账号？请向协调员要一个邀请链接。',
  },
  setup: {
    title: '设置 Kith',
    heading: '设置您的热线',
    intro: '创建您的项目和您自己的协调员账号。这只需要做一次。',
    needsScript: {
      heading: '这个页面需要 JavaScript',
      body: '设置在您的浏览器中进行，这样您的设置令牌永远不会进入服务器的日志。请打开 JavaScript，然后再次打开设置链接。',
      cliIntro: '或者改用终端来设置：',
      cliCommand: 'npx kith setup --url {url} --token SETUP_TOKEN --program "Our Line" --name "Your Name"',
      tokenHint: '把 SETUP_TOKEN 换成您的设置令牌：就是设置链接中“token=”后面的部分。',
    },
    noToken: {
      heading: '这个链接没有设置令牌',
      body: '请打开 Kith 启动时打印出的完整设置链接。它以“#token=”和一长串代码结尾。如果您已经找不到它，请重启 Kith，它会打印一个新链接。',
    },
    alreadySetUp: {
      title: '已经设置好了',
      heading: '这条热线已经设置好了',
      body: '它的设置链接已经用过，所以这个页面没有别的事要做了。请改为登录控制台。',
      signIn: '登录',
      noAccount: '还没有账号？请向协调员要一个邀请链接。',
    },
    badToken: {
      heading: '这个设置链接已经失效',
      body: '它已经用过了，或已超过 24 小时，或者打印后 Kith 重启过。请重启 Kith 获取新链接。',
      alreadySetUp: '如果您的热线已经设置好了，就不需要这个页面：请直接登录。',
    },
    form: {
      programName: {
        label: '您的项目名称',
        hint: '来电者打来时会听到这个名称。例如：北区关怀热线。',
      },
      name: { label: '您的姓名', hint: '您的团队能看到。来电者永远看不到。' },
      phone: {
        label: '您的电话号码（可选）',
        hint: '只有您自己也要接听来电时才需要。来电者永远看不到。',
      },
      languages: { legend: '您会说的语言', hint: '选出所有适用的。' },
      otherLanguages: {
        label: '其他语言（可选）',
        hint: '简短的语言代码，用逗号分隔。例如：pt, fr。',
      },
      submit: '设置 Kith',
      errorSummaryTitle: '有一个问题',
    },
    client: {
      errorPrefix: '错误：',
      errorTitlePrefix: '错误：',
      fieldErrors: {
        programName: '请输入您的项目名称（最多 120 个字符）。',
        name: '请输入您的姓名（最多 120 个字符）。',
        phone: '请输入像 202 555 0111 这样的电话号码，或留空。美国以外的号码请以 + 和国家代码开头。',
        languages: '请至少选择一种您会说的语言。',
        otherLanguages: '每种其他语言请写成简短代码，例如 pt 或 fr，用逗号分隔。',
      },
      otherProblem: '表格中有内容不对。请检查每个回答后再试。',
      failed: '我们这边出了问题。请稍等一下再试。',
      created: '您的热线已创建。下一步，设置您的登录…',
    },
  },
  console: zhConsole,
};
