import type {
  WidgetConfig,
  WidgetLanguage,
  WidgetMessage,
  WidgetClientToServerEvents,
  WidgetServerToClientEvents,
  WidgetSession,
} from '@webcare/shared';
import { io, type Socket } from 'socket.io-client';
import { WidgetApi, WidgetApiError } from './api';
import { formatWeek } from './opening-hours';
import { type Strings, stringsFor } from './strings';
import { WIDGET_CSS } from './styles';

const COLOR = /^#[0-9a-fA-F]{6}$/;
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];
const CHAT_ICON =
  'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-5 4V5a2 2 0 0 1 1-2zm3 6v2h2V9H7zm4 0v2h2V9h-2zm4 0v2h2V9h-2z';

/** What the widget keeps in the page's storage: the anonymous visitor token and the privacy consent. */
interface Stored {
  token?: string;
  privacyAccepted?: boolean;
}

type Attrs = Record<string, string | boolean | undefined>;

/** Builds an element; text only ever goes in as text, never as markup. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

function randomId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

interface ShownMessage extends WidgetMessage {
  pending?: boolean;
  failed?: boolean;
  /** A local preview of an image the visitor just sent. */
  previews?: string[];
}

export interface WidgetOptions {
  base: string;
  key: string;
  /** From `data-lang`; null = the widget account's language. */
  language: WidgetLanguage | null;
  /** The page's own language, until the widget account's is known. */
  pageLanguage: WidgetLanguage | null;
}

/** The web chat widget: a launcher, and a chat panel in a Shadow DOM. */
export class WebcareWidget {
  private readonly api: WidgetApi;
  private readonly storageKey: string;
  private readonly root: HTMLDivElement;
  private t: Strings;
  private config: WidgetConfig | null = null;
  private messages: ShownMessage[] = [];
  private socket: Socket<WidgetServerToClientEvents, WidgetClientToServerEvents> | null = null;
  /** When the inbox was last told the visitor is typing, and the timer that tells it they stopped. */
  private typingSentAt = 0;
  private typingIdle: ReturnType<typeof setTimeout> | undefined;
  private started: Promise<void> | null = null;
  private pendingImages: { ref: string; preview: string }[] = [];
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private phoneRequested = false;

  private readonly launcher: HTMLButtonElement;
  private readonly title: HTMLHeadingElement;
  private readonly status: HTMLDivElement;
  private readonly hours: HTMLDivElement;
  private readonly closeButton: HTMLButtonElement;
  private readonly body: HTMLDivElement;
  private readonly privacy: HTMLDivElement;
  private readonly list: HTMLDivElement;
  private readonly typing: HTMLDivElement;
  private readonly phone: HTMLFormElement;
  private readonly error: HTMLDivElement;
  private readonly chips: HTMLDivElement;
  private readonly counter: HTMLDivElement;
  private readonly input: HTMLTextAreaElement;
  private readonly sendButton: HTMLButtonElement;
  private readonly attachButton: HTMLButtonElement;
  private readonly fileInput: HTMLInputElement;

  constructor(private readonly options: WidgetOptions) {
    this.api = new WidgetApi(options.base, options.key);
    this.storageKey = `webcare-widget:${options.key}`;
    this.api.token = this.stored().token ?? null;
    this.t = stringsFor(options.language ?? options.pageLanguage ?? 'nl');

    const host = el('div', { 'data-webcare-widget': options.key });
    const shadow = host.attachShadow({ mode: 'open' });
    // A constructed style sheet where the browser has them: a site's strict CSP (no inline styles) allows it.
    if (
      'adoptedStyleSheets' in shadow &&
      typeof CSSStyleSheet === 'function' &&
      'replaceSync' in CSSStyleSheet.prototype
    ) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(WIDGET_CSS);
      shadow.adoptedStyleSheets = [sheet];
    } else {
      shadow.append(el('style', {}, WIDGET_CSS));
    }

    this.launcher = el('button', { type: 'button', class: 'launcher', 'data-webcare-launcher': true });
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', CHAT_ICON);
    svg.append(path);
    this.launcher.append(svg);

    this.title = el('h2', { id: 'wc-title' });
    this.status = el('div', { class: 'status', 'data-webcare-status': true });
    this.hours = el('div', { class: 'hours', 'data-webcare-hours': true });
    this.closeButton = el('button', { type: 'button', class: 'close' }, '×');
    this.privacy = el('div', { class: 'privacy', 'data-webcare-privacy': true });
    this.list = el('div', { class: 'list', role: 'log', 'aria-live': 'polite' });
    this.list.style.display = 'contents';
    this.typing = el('div', { class: 'typing', 'data-webcare-typing': true, hidden: true });
    this.phone = el('form', { class: 'phone', 'data-webcare-phone': true, hidden: true });
    this.body = el('div', { class: 'body' }, this.privacy, this.list, this.typing, this.phone);
    this.error = el('div', { class: 'error', role: 'alert', 'data-webcare-error': true, hidden: true });
    this.chips = el('div', { class: 'chips', hidden: true });
    this.counter = el('div', { class: 'counter', 'aria-live': 'polite' });
    this.input = el('textarea', { rows: '1', 'data-webcare-input': true });
    this.fileInput = el('input', { type: 'file', accept: IMAGE_TYPES.join(','), hidden: true });
    this.attachButton = el('button', { type: 'button', class: 'attach', 'data-webcare-attach': true }, '📎');
    this.sendButton = el('button', { type: 'button', class: 'btn', 'data-webcare-send': true });
    const composer = el(
      'div',
      { class: 'composer' },
      this.attachButton,
      this.fileInput,
      this.input,
      this.sendButton,
    );
    const header = el(
      'div',
      { class: 'header' },
      el('div', { class: 'titles' }, this.title, this.status, this.hours),
      this.closeButton,
    );
    const panel = el(
      'div',
      { class: 'panel', role: 'dialog', 'aria-labelledby': 'wc-title', 'data-webcare-panel': true },
      header,
      this.body,
      this.error,
      this.chips,
      this.counter,
      composer,
    );
    this.root = el('div', { class: 'root' }, panel, this.launcher);
    shadow.append(this.root);
    this.applyColors('#0f766e', '#ffffff');
    this.renderWords();
    this.bind();
    document.body.append(host);

    // A visitor who chatted before sees the conversation (and answers) again at once.
    if (this.api.token) void this.start();
    try {
      if (sessionStorage.getItem(`${this.storageKey}:open`) === '1') this.open();
    } catch {
      /* storage blocked: start closed */
    }
  }

  // ── Storage ────────────────────────────────────────────────────────────────────────────────────

  private stored(): Stored {
    try {
      return JSON.parse(localStorage.getItem(this.storageKey) ?? '{}') as Stored;
    } catch {
      return {};
    }
  }

  private store(patch: Stored): void {
    try {
      localStorage.setItem(this.storageKey, JSON.stringify({ ...this.stored(), ...patch }));
    } catch {
      /* storage blocked: the chat works for this page view only */
    }
  }

  // ── Wiring ─────────────────────────────────────────────────────────────────────────────────────

  private bind(): void {
    this.launcher.addEventListener('click', () => (this.isOpen() ? this.close() : this.open()));
    this.closeButton.addEventListener('click', () => this.close());
    this.sendButton.addEventListener('click', () => void this.send());
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        void this.send();
      }
    });
    this.input.addEventListener('input', () => {
      this.renderCounter();
      this.signalTyping(this.input.value.trim() !== '');
    });
    this.attachButton.addEventListener('click', () => this.fileInput.click());
    this.fileInput.addEventListener('change', () => void this.attach());
    this.phone.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.givePhone();
    });
  }

  private isOpen(): boolean {
    return this.root.classList.contains('is-open');
  }

  open(): void {
    this.root.classList.add('is-open');
    this.launcher.setAttribute('aria-expanded', 'true');
    try {
      sessionStorage.setItem(`${this.storageKey}:open`, '1');
    } catch {
      /* ignore */
    }
    void this.start();
    this.input.focus();
  }

  close(): void {
    this.root.classList.remove('is-open');
    this.launcher.setAttribute('aria-expanded', 'false');
    try {
      sessionStorage.removeItem(`${this.storageKey}:open`);
    } catch {
      /* ignore */
    }
  }

  /** The visitor's session (new or confirmed), their conversation so far, and the live line. */
  private start(): Promise<void> {
    this.started ??= (async () => {
      let session: WidgetSession;
      try {
        session = await this.api.session();
      } catch (error) {
        this.started = null;
        this.showError(error);
        return;
      }
      this.store({ token: session.visitorToken });
      this.config = session.config;
      this.phoneRequested = session.phoneRequested;
      this.t = stringsFor(this.options.language ?? session.config.language);
      this.applyColors(session.config.colors.primary, session.config.colors.text);
      this.renderWords();
      await this.loadHistory();
      this.connect();
    })();
    return this.started;
  }

  private async loadHistory(): Promise<void> {
    try {
      const history = await this.api.history();
      const local = this.messages.filter((m) => m.pending || m.failed);
      const known = new Map(this.messages.map((m) => [m.id, m]));
      this.messages = history.items.map((m) => ({ ...m, previews: known.get(m.id)?.previews }));
      for (const message of local)
        if (!this.messages.some((m) => m.id === message.id)) this.messages.push(message);
      this.renderMessages();
    } catch (error) {
      this.showError(error);
    }
  }

  private connect(): void {
    if (this.socket || !this.api.token) return;
    this.socket = io(`${this.options.base}/widget`, {
      path: '/socket.io',
      // A WebSocket needs no CORS; the server checks the page's origin against the widget account.
      transports: ['websocket'],
      auth: { key: this.options.key, visitorToken: this.api.token },
    });
    this.socket.on('message', (message) => {
      this.setTyping(false);
      if (this.messages.some((m) => m.id === message.id)) return;
      this.messages.push(message);
      this.renderMessages();
    });
    this.socket.on('typing', ({ typing }) => this.setTyping(typing));
    this.socket.on('phone.requested', () => {
      this.phoneRequested = true;
      this.renderPhone();
    });
    // After a lost connection: fetch what arrived meanwhile.
    let first = true;
    this.socket.on('connect', () => {
      if (!first) void this.loadHistory();
      first = false;
    });
  }

  /** Tells the agent the visitor is typing (at most every 2 s), and that they stopped after 4 s still. */
  private signalTyping(typing: boolean): void {
    if (!this.socket?.connected) return;
    clearTimeout(this.typingIdle);
    if (!typing) {
      if (this.typingSentAt) this.socket.emit('typing', { typing: false });
      this.typingSentAt = 0;
      return;
    }
    if (Date.now() - this.typingSentAt > 2000) {
      this.socket.emit('typing', { typing: true });
      this.typingSentAt = Date.now();
    }
    this.typingIdle = setTimeout(() => this.signalTyping(false), 4000);
  }

  // ── Sending ────────────────────────────────────────────────────────────────────────────────────

  private privacyAccepted(): boolean {
    return !!this.stored().privacyAccepted || this.messages.some((m) => m.direction === 'in');
  }

  private async send(): Promise<void> {
    await this.start();
    if (!this.config) return;
    if (!this.privacyAccepted()) {
      this.showMessage(this.t.privacyTitle);
      return;
    }
    const text = this.input.value.trim();
    const images = this.pendingImages;
    if (!text && images.length === 0) return;
    if ([...text].length > this.config.messageLimit) {
      this.showMessage(this.t.tooLong(this.config.messageLimit));
      return;
    }
    this.signalTyping(false);
    const clientId = randomId();
    const message: ShownMessage = {
      id: clientId,
      direction: 'in',
      text,
      images: images.length,
      createdAt: new Date().toISOString(),
      pending: true,
      previews: images.map((i) => i.preview),
    };
    this.messages.push(message);
    this.input.value = '';
    this.pendingImages = [];
    this.renderChips();
    this.renderCounter();
    this.hideError();
    this.renderMessages();
    try {
      await this.api.send({ clientId, text, images: images.map((i) => i.ref) });
      message.pending = false;
    } catch (error) {
      // Nothing is lost: the text goes back in the box to send again.
      message.pending = false;
      message.failed = true;
      this.messages = this.messages.filter((m) => m !== message);
      this.input.value = text;
      this.pendingImages = images;
      this.renderChips();
      this.renderCounter();
      this.showError(error);
    }
    this.renderMessages();
  }

  private async attach(): Promise<void> {
    const file = this.fileInput.files?.[0];
    this.fileInput.value = '';
    if (!file) return;
    await this.start();
    if (!this.config) return;
    if (!IMAGE_TYPES.includes(file.type)) {
      this.showMessage(this.t.imageType);
      return;
    }
    if (file.size > this.config.imageLimitBytes) {
      this.showMessage(this.t.imageTooLarge(Math.round(this.config.imageLimitBytes / 1024 / 1024)));
      return;
    }
    try {
      const { image } = await this.api.uploadImage(file);
      this.pendingImages.push({ ref: image, preview: URL.createObjectURL(file) });
      this.hideError();
      this.renderChips();
    } catch (error) {
      this.showError(error);
    }
  }

  private async givePhone(): Promise<void> {
    const input = this.phone.querySelector('input');
    const value = input?.value.trim() ?? '';
    if (!/^(\+|00)?[0-9][0-9 ()-]{7,18}[0-9]$/.test(value)) {
      this.showMessage(this.t.phoneInvalid);
      return;
    }
    try {
      const accepted = await this.api.givePhone(value);
      this.phoneRequested = false;
      this.hideError();
      this.renderPhone();
      this.messages.push({
        id: accepted.clientId,
        direction: 'in',
        text: this.t.phoneThanks,
        images: 0,
        createdAt: accepted.createdAt,
      });
      this.renderMessages();
      // The stored wording of the number replaces the thank-you once it is in the thread.
      setTimeout(() => void this.loadHistory(), 1500);
    } catch (error) {
      this.showError(error);
    }
  }

  // ── Drawing ────────────────────────────────────────────────────────────────────────────────────

  private applyColors(primary: string, text: string): void {
    this.root.style.setProperty('--wc-primary', COLOR.test(primary) ? primary : '#0f766e');
    this.root.style.setProperty('--wc-on-primary', COLOR.test(text) ? text : '#ffffff');
  }

  private renderWords(): void {
    const t = this.t;
    this.launcher.setAttribute('aria-label', t.open);
    this.launcher.setAttribute('aria-expanded', String(this.isOpen()));
    this.closeButton.setAttribute('aria-label', t.close);
    this.title.textContent = this.config?.name ?? t.title;
    this.input.placeholder = t.placeholder;
    this.input.setAttribute('aria-label', t.placeholder);
    this.sendButton.textContent = t.send;
    this.attachButton.setAttribute('aria-label', t.attach);
    this.attachButton.title = t.attach;
    this.typing.textContent = t.typing;
    if (this.config) {
      const hours = this.config.openingHours;
      this.status.textContent = hours.alwaysOpen
        ? t.alwaysOpen
        : this.config.openNow
          ? t.openNow
          : t.closedNow;
      this.hours.textContent = hours.alwaysOpen ? '' : `${t.hours}: ${formatWeek(hours.weekly, t.days)}`;
    }
    this.renderPrivacy();
    this.renderPhone();
    this.renderCounter();
  }

  private renderPrivacy(): void {
    this.privacy.replaceChildren();
    const show = !!this.config && !this.privacyAccepted();
    this.privacy.hidden = !show;
    this.privacy.style.display = show ? '' : 'none';
    this.input.disabled = show;
    this.sendButton.disabled = show;
    this.attachButton.disabled = show;
    if (!show || !this.config) return;
    const language = this.t === stringsFor('en') ? 'en' : 'nl';
    const accept = el(
      'button',
      { type: 'button', class: 'btn', 'data-webcare-privacy-accept': true },
      this.t.privacyAccept,
    );
    accept.addEventListener('click', () => {
      this.store({ privacyAccepted: true });
      this.renderPrivacy();
      this.input.focus();
    });
    this.privacy.append(
      el('h3', {}, this.t.privacyTitle),
      el('p', {}, this.config.privacy[language]),
      accept,
    );
  }

  private renderPhone(): void {
    this.phone.hidden = !this.phoneRequested;
    if (!this.phoneRequested) return;
    if (this.phone.childElementCount > 0) return;
    const input = el('input', {
      type: 'tel',
      autocomplete: 'tel',
      inputmode: 'tel',
      'aria-label': this.t.phoneLabel,
      placeholder: this.t.phoneLabel,
      'data-webcare-phone-input': true,
    });
    this.phone.append(
      el('span', {}, this.t.phoneAsk),
      input,
      el('button', { type: 'submit', class: 'btn', 'data-webcare-phone-send': true }, this.t.phoneSend),
    );
  }

  private renderMessages(): void {
    this.list.replaceChildren(
      ...this.messages.map((message) => {
        const node = el('div', {
          class: `msg ${message.direction}${message.failed ? ' failed' : ''}`,
          'data-webcare-message': true,
          'data-direction': message.direction,
          'data-pending': message.pending ? 'true' : undefined,
        });
        for (const preview of message.previews ?? [])
          node.append(el('img', { src: preview, alt: this.t.image }));
        if (message.images > 0 && !message.previews?.length) {
          node.append(
            el(
              'span',
              { class: 'img' },
              `📷 ${this.t.image}${message.images > 1 ? ` × ${message.images}` : ''}`,
            ),
          );
        }
        if (message.text) node.append(el('span', { class: 'text' }, message.text));
        const time = new Date(message.createdAt).toLocaleTimeString(
          this.t === stringsFor('en') ? 'en-GB' : 'nl-NL',
          {
            hour: '2-digit',
            minute: '2-digit',
          },
        );
        node.append(
          el(
            'span',
            { class: 'meta' },
            `${message.direction === 'in' ? this.t.you : this.t.us} · ${message.pending ? this.t.sending : message.failed ? this.t.failed : time}`,
          ),
        );
        return node;
      }),
    );
    this.renderPrivacy();
    this.body.scrollTop = this.body.scrollHeight;
  }

  private renderChips(): void {
    this.chips.replaceChildren(
      ...this.pendingImages.map((image, index) => {
        const remove = el('button', { type: 'button', 'aria-label': this.t.removeImage }, '×');
        remove.addEventListener('click', () => {
          URL.revokeObjectURL(image.preview);
          this.pendingImages.splice(index, 1);
          this.renderChips();
        });
        return el('span', { class: 'chip', 'data-webcare-image-chip': true }, `📷 ${this.t.image}`, remove);
      }),
    );
    this.chips.hidden = this.pendingImages.length === 0;
  }

  private renderCounter(): void {
    const limit = this.config?.messageLimit ?? 2000;
    const length = [...this.input.value].length;
    const near = length > limit * 0.8;
    this.counter.textContent = near ? `${length} / ${limit}` : '';
    this.counter.classList.toggle('over', length > limit);
  }

  private setTyping(typing: boolean): void {
    clearTimeout(this.typingTimer);
    this.typing.hidden = !typing;
    // A lost "stopped typing" never leaves the dots forever.
    if (typing) this.typingTimer = setTimeout(() => (this.typing.hidden = true), 15_000);
    if (typing) this.body.scrollTop = this.body.scrollHeight;
  }

  private showMessage(text: string): void {
    this.error.textContent = text;
    this.error.hidden = false;
  }

  private hideError(): void {
    this.error.hidden = true;
    this.error.textContent = '';
  }

  private showError(error: unknown): void {
    const t = this.t;
    if (!(error instanceof WidgetApiError) || error.status === 0) return this.showMessage(t.offline);
    switch (error.code) {
      case 'MESSAGE_TOO_LONG':
        return this.showMessage(t.tooLong(this.config?.messageLimit ?? 2000));
      case 'RATE_LIMITED':
        return this.showMessage(t.rateLimited(error.retryAfter ?? 60));
      case 'ORIGIN_NOT_ALLOWED':
        return this.showMessage(t.notAllowed);
      case 'PAYLOAD_TOO_LARGE':
        return this.showMessage(
          t.imageTooLarge(Math.round((this.config?.imageLimitBytes ?? 5 << 20) / 1024 / 1024)),
        );
      case 'UNSUPPORTED_MEDIA_TYPE':
        return this.showMessage(t.imageType);
      case 'VISITOR_UNKNOWN':
        // The token no longer holds: start again as a new visitor.
        this.store({ token: undefined });
        this.api.token = null;
        this.started = null;
        return this.showMessage(t.offline);
      default:
        return this.showMessage(error.message);
    }
  }
}
