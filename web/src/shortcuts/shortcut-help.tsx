import { Fragment } from 'react';
import { useT } from '../i18n/i18n';
import { Dialog } from '../components/ui/dialog';
import { Kbd } from '../components/ui/kbd';
import { SHORTCUTS } from './shortcut-list';
import './shortcuts.css';

export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('shortcuts.title')}
      closeLabel={t('dialog.close')}
      testId="shortcut-help"
    >
      <dl className="shortcut-list">
        {SHORTCUTS.map((shortcut) => (
          <div className="shortcut-list__row" key={shortcut.label}>
            <dt>{t(shortcut.label)}</dt>
            <dd>
              {shortcut.keys.map((combo, index) => (
                <Fragment key={index}>
                  {index > 0 && <span className="shortcut-list__then">{t('shortcuts.then')}</span>}
                  {combo.map((key, keyIndex) => (
                    <Fragment key={key}>
                      {keyIndex > 0 && <span className="shortcut-list__plus">+</span>}
                      <Kbd>{key}</Kbd>
                    </Fragment>
                  ))}
                </Fragment>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
