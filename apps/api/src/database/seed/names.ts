import type { Random } from './random';

/**
 * Surnames common in Shaanxi, roughly most frequent first; the demo picks them with falling weights.
 * Names built from these lists are synthetic: they belong to no one in the register.
 */
export const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文',
];

const SURNAME_WEIGHTS = SURNAMES.map((s, i) => [s, 100 / (i + 6)] as const);

export function pickSurname(random: Random): string {
  return random.weighted(SURNAME_WEIGHTS);
}

/** Characters of given names by the decade people were born in and by gender. */
const GIVEN: Record<'old' | 'middle' | 'young', Record<'MALE' | 'FEMALE', string[]>> = {
  old: {
    MALE: [...'德福贵财富满昌明山林有顺成金宝忠义仁青春发学文兴旺家全根生海国安平保长树启'],
    FEMALE: [...'秀英兰芳珍桂凤玉花梅菊翠琴莲香娥荣云彩霞淑素芝巧秀'],
  },
  middle: {
    MALE: [...'建军伟华强明平勇斌刚涛峰辉波林志红卫东海亮杰鹏俊龙超磊兵旭锋'],
    FEMALE: [...'丽娟敏静艳燕玲霞红梅琴芳慧丹萍莉娜婷琳雪倩晶英丽'],
  },
  young: {
    MALE: [...'浩宇轩子博文睿晨阳俊杰泽鑫凯昊然航一铭帅豪'],
    FEMALE: [...'欣怡萱涵雨诗梦佳琪悦婷瑶可馨雅彤妍思晗'],
  },
};

/** A one- or two-character given name in the style of the person's generation. */
export function pickGivenName(random: Random, gender: 'MALE' | 'FEMALE', birthYear: number): string {
  const pool = GIVEN[birthYear < 1960 ? 'old' : birthYear < 1990 ? 'middle' : 'young'][gender];
  const first = random.pick(pool);
  if (random.next() < 0.3) return first;
  let second = random.pick(pool);
  while (second === first) second = random.pick(pool);
  return first + second;
}

/** "王某某": how the demo names a cadre or helper without inventing a full name. */
export function cadreName(random: Random): string {
  return `${pickSurname(random)}某某`;
}

/** A whole synthetic name: surname, then a given name fitting the gender and the decade of birth. */
export function fullName(random: Random, gender: 'MALE' | 'FEMALE', birthYear: number): string {
  return `${pickSurname(random)}${pickGivenName(random, gender, birthYear)}`;
}
