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
  const relogin = () => {
    if (document.getElementById('ra-relogin')) return;
    const bar = document.createElement('div');
    bar.id = 'ra-relogin';
    bar.innerHTML = '登录已失效或服务已重启，请重新登录。 <a href="/logout">重新登录</a>';
    document.body.prepend(bar);
  };
  const origFetch = window.fetch;
  window.fetch = async (...args) => {
    const response = await origFetch(...args);
    const url = String(args[0] && args[0].url ? args[0].url : args[0]);
    if ((response.status === 401 || response.status === 403) && url.includes('/gradio_api/')) relogin();
    return response;
  };
}
