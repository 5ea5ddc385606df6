import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client';
import { nl } from '../../../i18n/nl';
import {
  AA_CONTRAST,
  contrastRatio,
  EMPTY_DRAFT,
  fromDraft,
  keyFromName,
  parseOrigins,
  problemsOfApiError,
  toDraft,
  validateDraft,
  widgetSnippet,
  type WidgetDraft,
} from '../lib/widget-form';

const valid: WidgetDraft = {
  ...EMPTY_DRAFT,
  key: 'kliniek-west',
  name: 'Kliniek West',
  origins: 'https://www.kliniek-west.nl/\n\n  http://localhost:8080  \n',
};

describe('the widget account form', () => {
  it('turns the typed form into the API request and back', () => {
    const input = fromDraft({
      ...valid,
      primaryColor: '#7C3AED',
      privacyNl: '  Eigen tekst. ',
      privacyEn: ' ',
    });
    expect(input).toEqual({
      name: 'Kliniek West',
      allowedOrigins: ['https://www.kliniek-west.nl', 'http://localhost:8080'],
      language: 'nl',
      primaryColor: '#7c3aed',
      textColor: '#ffffff',
      privacyNl: 'Eigen tekst.',
      privacyEn: null,
    });
    const draft = toDraft({
      key: 'kliniek-west',
      ...input,
      privacyEn: null,
      privacyNl: 'Eigen tekst.',
      active: true,
    });
    expect(draft.origins).toBe('https://www.kliniek-west.nl\nhttp://localhost:8080');
    expect(draft.privacyEn).toBe('');
    expect(parseOrigins(draft.origins)).toEqual(input.allowedOrigins);
  });

  it('finds what the API would refuse, per field, before anything is sent', () => {
    expect(validateDraft(valid)).toEqual({});
    expect(validateDraft({ ...valid, origins: '*' })).toEqual({});
    expect(
      validateDraft({
        ...valid,
        key: 'met spatie',
        name: ' ',
        origins: 'www.kliniek.nl',
        primaryColor: 'paars',
        textColor: '#fff',
        privacyEn: 'x'.repeat(2001),
      }),
    ).toEqual({
      key: 'widgets.invalid.key',
      name: 'widgets.invalid.name',
      origins: 'widgets.invalid.origins',
      primaryColor: 'widgets.invalid.color',
      textColor: 'widgets.invalid.color',
      privacyEn: 'widgets.invalid.privacy',
    });
    expect(validateDraft({ ...valid, origins: '\n \n' }).origins).toBe('widgets.invalid.originsEmpty');
    expect(validateDraft({ ...valid, origins: 'https://www.kliniek.nl/contact' }).origins).toBe(
      'widgets.invalid.origins',
    );
    // A new account under a key in use would replace that account.
    expect(validateDraft(valid, ['demo', 'kliniek-west']).key).toBe('widgets.invalid.keyTaken');
    // Every problem has words in the console.
    for (const problem of Object.values(validateDraft({ ...EMPTY_DRAFT, primaryColor: '' }))) {
      expect(nl[problem]).toBeTruthy();
    }
  });

  it("puts the API's validation errors beside the fields they name", () => {
    const error = new ApiError(
      400,
      'allowedOrigins: each origin must be scheme://host[:port] or *; primaryColor must be #rrggbb; privacyNl must be shorter than or equal to 2000 characters',
      { code: 'VALIDATION_FAILED' },
    );
    expect(problemsOfApiError(error)).toEqual({
      origins: 'widgets.invalid.origins',
      primaryColor: 'widgets.invalid.color',
      privacyNl: 'widgets.invalid.privacy',
    });
    expect(problemsOfApiError(new ApiError(400, 'each value in allowedOrigins must be a string'))).toEqual({
      origins: 'widgets.invalid.origins',
    });
    expect(problemsOfApiError(new ApiError(400, 'key must be 1 to 64 letters, digits, - or _'))).toEqual({
      key: 'widgets.invalid.key',
    });
    // Not a field's problem: nothing to put beside a field (the form shows a general message).
    expect(problemsOfApiError(new ApiError(400, 'property colour should not exist'))).toEqual({});
    expect(problemsOfApiError(new ApiError(500, 'name must be …'))).toEqual({});
    expect(problemsOfApiError(new Error('primaryColor'))).toEqual({});
  });

  it('suggests a key from the name', () => {
    expect(keyFromName('Kliniek West')).toBe('kliniek-west');
    expect(keyFromName('  Zorggroep Ëde & Wageningen! ')).toBe('zorggroep-ede-wageningen');
    expect(keyFromName('x'.repeat(70))).toHaveLength(64);
  });

  it('writes the script tag with the attribute the widget reads', () => {
    expect(widgetSnippet('https://inbox.zorggroep.nl/', 'kliniek-west')).toBe(
      '<script src="https://inbox.zorggroep.nl/widget.js" data-account="kliniek-west" async></script>',
    );
  });

  it('measures contrast as WCAG 2 does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // The widget's default colours pass AA; a light yellow with white text does not.
    expect(contrastRatio('#0f766e', '#ffffff')!).toBeGreaterThanOrEqual(AA_CONTRAST);
    expect(contrastRatio('#facc15', '#ffffff')!).toBeLessThan(AA_CONTRAST);
    // #767676 on white is the well-known edge: 4.54:1.
    expect(contrastRatio('#767676', '#ffffff')!).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#fff', '#000000')).toBeNull();
  });
});
