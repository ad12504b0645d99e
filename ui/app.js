// 预算绩效审核助手: keyboard shortcuts for the workbench, a clear "请重新登录" when the session has ended,
// and Gradio's untranslatable tooltips in Chinese.
() => {
  const keys = { KeyY: '#wb-confirm', KeyR: '#wb-reject', KeyN: '#wb-next' };
  document.addEventListener('keydown', (e) => {
    if (!e.altKey || e.ctrlKey || e.metaKey) return;
    const target = keys[e.code];
    if (!target) return;
    const button = document.querySelector(target);
    if (!button || button.offsetParent === null) return;
    e.preventDefault();
    // Commit a field being typed in before the click reads it.
    if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
    setTimeout(() => button.click(), 50);
  });
  // A click on a highlighted passage in the document selects that finding (via the hidden #wb-jump box).
  let clicks = 0;
  document.addEventListener('click', (e) => {
    const mark = e.target.closest && e.target.closest('#wb-doc [data-f]');
    const box = document.querySelector('#wb-jump textarea, #wb-jump input');
    if (!mark || !box) return;
    const id = (mark.getAttribute('data-f') || '').split(' ')[0];
    if (!id) return;
    clicks += 1;  // a different value each time, so clicking the same passage again still counts
    box.value = id + ':' + clicks;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const relogin = () => {
    if (document.getElementById('ra-relogin')) return;
    const bar = document.createElement('div');
    bar.id = 'ra-relogin';
    bar.setAttribute('role', 'alert');
    bar.innerHTML = '登录已失效或服务已重启，请重新登录。 <a href="/logout">重新登录</a>';
    document.body.prepend(bar);
  };
  // Toast titles come from the toast type ("Error", "Warning", "Info"): show them in Chinese.
  const titles = { Error: '提示', Warning: '注意', Info: '信息' };
  const retitle = (root) => {
    root.querySelectorAll('.toast-title').forEach((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const key = n.nodeValue.trim();
        if (titles[key]) n.nodeValue = n.nodeValue.replace(key, titles[key]);
      }
    });
  };
  // Tooltips and accessible names Gradio writes in English without an i18n key (its keyed texts are
  // translated through gr.I18n, see ui/i18n.py): shown in Chinese as well.
  const names = {
    'More tabs': '更多标签页', 'Click to upload or drop files': '点击上传或拖放文件', 'File upload': '上传文件',
    'Table actions': '表格操作', 'Copy table data': '复制表格内容', 'Copied to clipboard': '已复制',
    'Fullscreen': '全屏', 'Exit fullscreen': '退出全屏', 'Exit Fullscreen': '退出全屏', 'Dataframe': '表格',
    'Open cell menu': '单元格菜单', 'Empty value': '空', 'chatbot conversation': '问答记录', 'Copy': '复制',
    'Copied': '已复制', 'Copy message': '复制', 'Copied message': '已复制', 'Clear': '清除', 'Download': '下载',
    'Remove': '移除', 'Search': '搜索', 'Search...': '搜索…', 'Sort column': '排序', 'Select all': '全选',
    'Close': '关闭', 'Loading...': '加载中…', 'Undo': '撤销', 'Retry': '重试', 'Like': '有用', 'Dislike': '没用',
    'Copy conversation': '复制全部问答', 'Copied conversation': '已复制全部问答', 'Scroll down': '滚动到最新',
  };
  // A chat message's accessible name is "<role>'s message: <text>".
  const prefixes = [["bot's message: ", '回答：'], ["user's message: ", '提问：'], ["assistant's message: ", '回答：']];
  const ATTRS = ['title', 'aria-label', 'placeholder'];
  const rename = (root) => {
    root.querySelectorAll('[title],[aria-label],[placeholder]').forEach((el) => {
      for (const a of ATTRS) {
        const v = el.getAttribute(a);
        if (!v) continue;
        if (names[v.trim()]) { el.setAttribute(a, names[v.trim()]); continue; }
        const p = prefixes.find(([en]) => v.startsWith(en));
        // Gradio puts the message's HTML into the name: a screen reader should hear its text only.
        // (DOMParser builds an inert document: nothing in it runs or loads.)
        if (p) {
          const doc = new DOMParser().parseFromString(v.slice(p[0].length), 'text/html');
          doc.querySelectorAll('p, br, div, summary, details').forEach((n) => n.append(' '));
          el.setAttribute(a, p[1] + (doc.body.textContent || '').replace(/\s+/g, ' ').trim());
        }
      }
    });
  };
  // The progress overlay's "processing | 1.2s" and "queue: 1/3 |" are plain English text too.
  const status = (n) => {
    const v = n.nodeValue || '';
    if (v.includes('processing |')) n.nodeValue = v.replace('processing |', '处理中 |');
    else if (v.trimStart().startsWith('queue: ')) n.nodeValue = v.replace('queue: ', '排队：');
  };
  const statusIn = (node) => {
    if (node.nodeType === 3) { status(node); return; }
    if (node.nodeType !== 1) return;
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) status(n);
  };
  rename(document);
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') status(r.target);
      else if (r.type === 'childList') r.addedNodes.forEach(statusIn);
    }
    retitle(document);
    rename(document);
  }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true,
                              attributeFilter: ATTRS });
  const origFetch = window.fetch;
  window.fetch = async (...args) => {
    const response = await origFetch(...args);
    const url = String(args[0] && args[0].url ? args[0].url : args[0]);
    if ((response.status === 401 || response.status === 403) && url.includes('/gradio_api/')) relogin();
    return response;
  };
}
