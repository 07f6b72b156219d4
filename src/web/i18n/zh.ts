import type { PublicCatalog } from './web-catalog';

/** Chinese (Simplified), draft (src/i18n/languages.ts): the public pages only; the team's pages come later. */
export const zh: PublicCatalog = {
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
};
