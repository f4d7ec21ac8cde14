// Imported for its effect where no map file is read (the import worker, the unit tests): partnerAnchor
// then knows every anchor. The pages take them from region.topo.json (loadRegion).
import anchors from './anchors.json' with { type: 'json' };
import { addPartnerAnchors, type PartnerAnchors } from './partnerAnchors.ts';

// JSON imports type `[lon, lat]` as number[]; the build writes exactly two numbers.
addPartnerAnchors(anchors as unknown as PartnerAnchors);
