package dev.renewal.examples.sample;

import java.util.List;
import java.util.Random;

/** Invented but plausible customers and owners, so the bundled agenda reads like a real team's. */
final class SampleNames {

    static final List<String> ACCOUNTS = List.of(
            "Northwind Traders", "Bluefin Logistics GmbH", "Harbor & Vale Ltd", "Copperleaf Analytics",
            "Meridian Health Partners", "Sundara Retail Group", "Kestrel Aerospace", "Lumen Education Trust",
            "Pinecrest Insurance", "Orbital Freight BV", "Tidewater Energy", "Granite Peak Software",
            "Atlas Dental Clinics", "Riverstone Bank", "Vireo Biotech", "Nusantara Coffee Co",
            "Halcyon Hotels", "Ironbridge Manufacturing", "Quayside Legal LLP", "Sakura Foods KK",
            "Brightwater Utilities", "Cobalt Mobility", "Evergreen Property Group", "Falcon Security Services",
            "Juniper Media", "Larkspur Architects", "Mosaic Marketing Agency", "Oakridge Public Schools",
            "Porto Verde Logistica", "Redwood Clinics", "Saffron Hospitality", "Tessellate Games",
            "Umbra Cybersecurity", "Vantage Telecom", "Westfield Agritech", "Zenith Payroll Services",
            "Alder & Finch Consulting", "Beacon Nonprofit Alliance", "Cascade Water Authority", "Delta Fleet Leasing",
            "Ember Robotics", "Fjord Maritime AS", "Gulfstream Travel", "Hollis Pharmacy Group",
            "Indigo Fashion House", "Jadeport Trading", "Kinetic Sports Clubs", "Lighthouse Research Institute",
            "Mapleton City Council", "Nimbus Cloud Hosting", "Obsidian Mining", "Pelican Airlines",
            "Quartz Semiconductors", "Rosewood Senior Living", "Silverline Rail", "Tallgrass Farms Cooperative",
            "Uplands University", "Verdant Packaging", "Windmill Bakeries", "Yellowstone Outfitters");

    /** Owners as CRM user names; a few contracts have none, as in real ledgers. */
    static final List<String> OWNERS = List.of(
            "maria.santos", "li.wei", "ana.oliveira", "budi.santoso", "james.okafor", "sofia.rossi",
            "tom.becker", "priya.nair", "lucas.martin", "chen.jing", "emma.walsh", "diego.ramirez");

    private SampleNames() {
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
