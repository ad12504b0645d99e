// 预算绩效审核助手: keyboard shortcuts for the workbench and a clear "请重新登录" when the session has ended.
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
  new MutationObserver(() => retitle(document)).observe(document.body, { childList: true, subtree: true });
  const origFetch = window.fetch;
  window.fetch = async (...args) => {
    const response = await origFetch(...args);
    const url = String(args[0] && args[0].url ? args[0].url : args[0]);
    if ((response.status === 401 || response.status === 403) && url.includes('/gradio_api/')) relogin();
    return response;
  };
}
