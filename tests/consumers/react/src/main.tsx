// One line per package gives React 19 the element's JSX types (and registers it): '@ctkit/<package>/react'.
import '@ctkit/sign-up-form/react';
import '@ctkit/access-needs/react';
import '@ctkit/event-card/react';
import '@ctkit/event-list/react';
import '@ctkit/community-map/react';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { event, events, members } from '../../shared/data';
import { checkUpgrades, report } from '../../shared/report';

function App() {
  // After React has put the elements in the page.
  useEffect(() => void checkUpgrades(), []);
  return (
    <main>
      <h1>Partner app</h1>
      <ct-sign-up-form
        list="newsletter"
        org-name="Partner"
        privacy-url="/privacy"
        heading-level={2}
        onct-success={(e) => report.events.push(`ct-success:${e.detail.status}`)}
      />
      <form>
        <ct-access-needs name="access" format="online" remember />
      </form>
      <ct-event-card event={event} registration="link" />
      <ct-event-list events={events} page-size={5} />
      <ct-community-map
        members={members}
        view="list"
        onct-members-loaded={(e) => report.events.push(`ct-members-loaded:${String(e.detail.members.length)}`)}
      />
    </main>
  );
}

/** Never rendered: each line must fail to compile, or tsc reports an unused directive. */
export function TypeErrors() {
  return (
    <>
      {/* @ts-expect-error ct-error's detail.status is a number */}
      <ct-sign-up-form onct-error={(e: CustomEvent<{ status: string[] }>) => e.detail.status} />
      {/* @ts-expect-error booking-org-name is a string */}
      <ct-event-card booking-org-name={42} />
      {/* @ts-expect-error registration is 'link' or 'inline' */}
      <ct-event-list registration="popup" />
      {/* @ts-expect-error view is 'list', 'map' or 'regions' */}
      <ct-community-map view="globe" />
      {/* @ts-expect-error remember is a boolean */}
      <ct-access-needs remember={{}} />
      {/* @ts-expect-error not a ctkit element */}
      <ct-not-a-widget />
    </>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
