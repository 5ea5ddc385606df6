import { findAddresses } from './address';
import { found } from './detector-input';

describe('addresses', () => {
  it('finds a street with a house number', () => {
    expect(found('mijn adres is Kerkstraat 12, 9711 AB Groningen', findAddresses)).toEqual([
      'Kerkstraat 12',
      '9711 AB',
    ]);
    expect(found('ik woon op de Burgemeester de Withlaan 5b', findAddresses)).toEqual(['Withlaan 5b']);
    expect(found('Frankrijklei 120, 2000 Antwerpen', findAddresses)).toEqual(['Frankrijklei 120']);
    expect(found('we live at 12 Baker Street', findAddresses)).toEqual(['12 Baker Street']);
  });

  it('takes a postcode only with a house number', () => {
    expect(found('postcode 1234AB 56', findAddresses)).toEqual(['1234AB']);
    expect(found('ik woon in 1234 AB', findAddresses)).toEqual([]);
  });

  it('never takes SA, SD or SS postcodes or postcodes starting with 0', () => {
    expect(found('1234 SS 12', findAddresses)).toEqual([]);
    expect(found('0123 AB 12', findAddresses)).toEqual([]);
  });

  it('ignores words that only look like streets', () => {
    expect(found('ik ben onderweg 2 uur', findAddresses)).toEqual([]);
    expect(found('het park 3 keer rond', findAddresses)).toEqual([]);
  });
});
