import type { MessageTemplateView } from '@webcare/shared';

/** Demo mode (sandbox transport): the approved templates of a made-up Business Account. */
export const DEMO_TEMPLATES: MessageTemplateView[] = [
  {
    name: 'vervolg_op_uw_bericht',
    language: 'nl',
    category: 'UTILITY',
    text: 'Beste {{1}}, u stuurde ons eerder een bericht. Wilt u hierop antwoorden, dan helpen we u verder.',
    variables: ['1'],
  },
  {
    name: 'terugbelverzoek',
    language: 'nl',
    category: 'UTILITY',
    text: 'Beste {{1}}, we willen u graag bellen over {{2}}. Op welk nummer en wanneer kunnen we u bereiken?',
    variables: ['1', '2'],
  },
  {
    name: 'follow_up',
    language: 'en',
    category: 'UTILITY',
    text: 'Dear {{1}}, you sent us a message earlier. Reply to this message and we will help you further.',
    variables: ['1'],
  },
];
