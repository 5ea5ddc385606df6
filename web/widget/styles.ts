/** The widget's CSS, inside its Shadow DOM: the site's styles cannot reach it, and it cannot reach the site. */
export const WIDGET_CSS = `
:host { all: initial !important; display: block !important; }
* { box-sizing: border-box; }
.root { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2933; }
.launcher { width: 60px; height: 60px; border-radius: 50%; border: 0; cursor: pointer; background: var(--wc-primary); color: var(--wc-on-primary); box-shadow: 0 6px 20px rgba(0,0,0,.25); display: grid; place-items: center; margin-left: auto; }
.launcher:focus-visible, button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.launcher svg { width: 28px; height: 28px; fill: currentColor; }
.panel { display: none; flex-direction: column; width: min(380px, calc(100vw - 40px)); height: min(600px, calc(100vh - 110px)); background: #fff; border-radius: 14px; box-shadow: 0 12px 40px rgba(0,0,0,.28); overflow: hidden; margin-bottom: 14px; }
.root.is-open .panel { display: flex; }
.header { background: var(--wc-primary); color: var(--wc-on-primary); padding: 14px 16px; display: flex; align-items: flex-start; gap: 8px; }
.header .titles { flex: 1; min-width: 0; }
.header h2 { margin: 0; font-size: 17px; font-weight: 650; }
.header .status { font-size: 13px; opacity: .92; margin-top: 2px; }
.header .hours { font-size: 12px; opacity: .85; margin-top: 2px; }
.header button { background: transparent; border: 0; color: inherit; font-size: 22px; line-height: 1; cursor: pointer; padding: 2px 6px; border-radius: 6px; }
.body { flex: 1; overflow-y: auto; padding: 14px; background: #f6f7f9; display: flex; flex-direction: column; gap: 8px; }
.privacy { background: #fff; border: 1px solid #d8dde3; border-radius: 10px; padding: 12px; font-size: 14px; }
.privacy h3 { margin: 0 0 6px; font-size: 15px; }
.privacy p { margin: 0 0 10px; white-space: pre-wrap; }
.btn { background: var(--wc-primary); color: var(--wc-on-primary); border: 0; border-radius: 8px; padding: 9px 14px; font: inherit; font-weight: 600; cursor: pointer; }
.btn[disabled] { opacity: .5; cursor: default; }
.msg { max-width: 82%; padding: 8px 11px; border-radius: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
.msg.in { align-self: flex-end; background: var(--wc-primary); color: var(--wc-on-primary); border-bottom-right-radius: 4px; }
.msg.out { align-self: flex-start; background: #fff; border: 1px solid #d8dde3; border-bottom-left-radius: 4px; }
.msg .meta { display: block; font-size: 11px; opacity: .75; margin-top: 3px; }
.msg.failed { outline: 2px solid #b42318; }
.msg .img { display: block; font-size: 13px; opacity: .9; }
.msg img { display: block; max-width: 100%; max-height: 180px; border-radius: 8px; margin-bottom: 4px; }
.typing { align-self: flex-start; font-size: 13px; color: #52606d; font-style: italic; }
.typing[hidden], .phone[hidden], .error[hidden], .chips[hidden] { display: none; }
.phone { background: #fff; border: 1px solid #d8dde3; border-radius: 10px; padding: 12px; font-size: 14px; display: flex; flex-direction: column; gap: 8px; }
.phone input { font: inherit; padding: 8px; border: 1px solid #9aa5b1; border-radius: 8px; }
.error { background: #fef3f2; color: #b42318; border-top: 1px solid #fecdca; padding: 8px 14px; font-size: 13px; }
.chips { padding: 6px 14px 0; display: flex; gap: 6px; flex-wrap: wrap; background: #fff; }
.chip { font-size: 12px; background: #eef2f6; border-radius: 999px; padding: 3px 6px 3px 10px; display: inline-flex; align-items: center; gap: 4px; }
.chip button { border: 0; background: transparent; cursor: pointer; font-size: 14px; line-height: 1; padding: 0 4px; }
.composer { display: flex; gap: 6px; align-items: flex-end; padding: 10px; border-top: 1px solid #e4e7eb; background: #fff; }
.composer textarea { flex: 1; resize: none; font: inherit; padding: 8px 10px; border: 1px solid #9aa5b1; border-radius: 8px; min-height: 40px; max-height: 120px; }
.composer .attach { border: 1px solid #9aa5b1; background: #fff; border-radius: 8px; width: 40px; height: 40px; cursor: pointer; font-size: 18px; }
.counter { font-size: 11px; color: #52606d; text-align: right; padding: 0 14px 6px; background: #fff; }
.counter.over { color: #b42318; font-weight: 600; }
@media (prefers-reduced-motion: no-preference) { .panel { animation: wc-in .16s ease-out; } @keyframes wc-in { from { opacity: 0; transform: translateY(8px); } } }
`;
