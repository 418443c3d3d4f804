// The skillops.yaml `import` writes when there is none: defaults spelled out, secrets named but
// never stored.
import { schemaHeader } from '../../queue-file/schema-ref.js';

export const settingsTemplate = (schema: string): string => `# ${schemaHeader(schema)}
# Written by \`skillops import\`. Every key is optional; see the schema above.
# Secrets never go here: CXONE_CLIENT_ID, CXONE_CLIENT_SECRET, CXONE_ACCESS_KEY_ID and
# CXONE_ACCESS_KEY_SECRET come from the environment.
cxone:
  # tenantId: your-tenant-id     # or apiBase: https://api-na1.niceincontact.com
  apiVersion: v34.0
skillsDir: skills
timeZone: UTC                    # the tenant's IANA time zone, for from/until dates
apply:
  batchSize: 50
  concurrency: 4
  requestsPerSecond: 20
safety:
  maxRemovePercent: 30
  maxChangePercent: 50
  minExistingAssignments: 10
`;
