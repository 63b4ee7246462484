package org.zhixing.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates a county's townships and villages from its row in {@code counties.tsv}: the counts
 * are the row's, the names and attributes are drawn from the county's own random stream.
 */
final class OrgTreeGenerator {

  /** Share of VILLAGEs that are 脱贫村; communities are not, so this is about 15% of all grassroots units. */
  private static final double POVERTY_ALLEVIATED_SHARE = 0.18;
  /** No township is so small that its villages could not fill a training class. */
  private static final int MIN_GRASSROOTS_PER_TOWNSHIP = 4;
  private static final int FIRST_COMMUNITY = 1;
  private static final int LAST_COMMUNITY = 199;
  private static final int FIRST_VILLAGE = 201;
  private static final int LAST_VILLAGE = 799;

  private final PackSettings settings;
  private final PlaceNames names;

  OrgTreeGenerator(PackSettings settings, PlaceNames names) {
    this.settings = settings;
    this.names = names;
  }

  UnitSeed city() {
    return new UnitSeed(settings.cityCode(), settings.cityName(), UnitSeed.CITY, null, null, null, false);
  }

  CountyTree county(CountySource source) {
    Random random = settings.stream("org-tree", source.code());
    UnitSeed county = new UnitSeed(source.unitCode(), source.name(), UnitSeed.COUNTY,
        settings.cityCode(), null, null, false);
    List<Draft> townships = townships(source, random);
    int[] sizes = Draws.split(source.villages(), weights(townships, random), MIN_GRASSROOTS_PER_TOWNSHIP);
    List<List<Draft>> grassroots = new ArrayList<>();
    for (int i = 0; i < townships.size(); i++) {
      grassroots.add(grassroots(townships.get(i), sizes[i], random));
    }
    // Drawn over the whole county, not per village, so that the row's weak count holds exactly.
    boolean[] weak = Draws.choose(source.weak(), source.villages(), random);
    List<CountyTree.Township> result = new ArrayList<>();
    int index = 0;
    for (int i = 0; i < townships.size(); i++) {
      List<UnitSeed> units = new ArrayList<>();
      for (Draft draft : grassroots.get(i)) {
        units.add(finish(draft, weak[index++], random));
      }
      result.add(new CountyTree.Township(townships.get(i).unit(), units));
    }
    return new CountyTree(source, county, result);
  }

  /** The county's townships: by type in code order, the seed names taking the first codes. */
  private List<Draft> townships(CountySource source, Random random) {
    Set<String> taken = new HashSet<>(source.seedTownships());
    List<Draft> townships = new ArrayList<>();
    for (TownshipType type : TownshipType.values()) {
      List<String> seeds = source.seedsOf(type);
      for (int i = 0; i < source.count(type); i++) {
        String name = i < seeds.size() ? seeds.get(i) : names.township(type, random, taken);
        String code = source.code() + "%03d".formatted(type.firstNumber + i) + "000";
        townships.add(new Draft(code, name, UnitSeed.TOWNSHIP, type, source.unitCode()));
      }
    }
    return townships;
  }

  /** Each township's share of the county's villages: its type's weight, give or take a quarter. */
  private static double[] weights(List<Draft> townships, Random random) {
    return townships.stream()
        .mapToDouble(township -> township.type().villageWeight * (0.75 + 0.5 * random.nextDouble()))
        .toArray();
  }

  /** A township's communities (codes 001 up) followed by its villages (codes 201 up). */
  private List<Draft> grassroots(Draft township, int size, Random random) {
    int communities = township.type().communities(size, random);
    int villages = size - communities;
    if (communities > LAST_COMMUNITY - FIRST_COMMUNITY + 1 || villages > LAST_VILLAGE - FIRST_VILLAGE + 1) {
      throw new IllegalStateException(township.name() + " has more villages than its code range holds");
    }
    String prefix = township.code().substring(0, 9);
    Set<String> taken = new HashSet<>();
    List<Draft> drafts = new ArrayList<>(size);
    for (int i = 0; i < communities; i++) {
      drafts.add(new Draft(prefix + "%03d".formatted(FIRST_COMMUNITY + i),
          names.community(random, taken), UnitSeed.COMMUNITY, null, township.code()));
    }
    for (int i = 0; i < villages; i++) {
      drafts.add(new Draft(prefix + "%03d".formatted(FIRST_VILLAGE + i),
          names.village(random, taken), UnitSeed.VILLAGE, null, township.code()));
    }
    return drafts;
  }

  private UnitSeed finish(Draft draft, boolean weak, Random random) {
    boolean povertyAlleviated = draft.kind().equals(UnitSeed.VILLAGE)
        && random.nextDouble() < POVERTY_ALLEVIATED_SHARE;
    return new UnitSeed(draft.code(), draft.name(), draft.kind(), draft.parentCode(), starTarget(weak, random), weak ? settings.weakYear() : null, povertyAlleviated);
  }

  /**
   * The five-star creation target: most branches aim at three or four stars, the strongest at
   * five; a weak-and-lax branch first has to be put right and aims at two or three.
   */
  private static int starTarget(boolean weak, Random random) {
    double roll = random.nextDouble();
    if (weak) {
      return roll < 0.5 ? 2 : 3;
    }
    return roll < 0.05 ? 2 : roll < 0.50 ? 3 : roll < 0.88 ? 4 : 5;
  }

  /** A unit before its attributes are drawn; {@code type} is set for townships only. */
  private record Draft(String code, String name, String kind, TownshipType type, String parentCode) {

    UnitSeed unit() {
      return new UnitSeed(code, name, kind, parentCode, null, null, false);
    }
  }
}
