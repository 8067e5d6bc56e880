// One line per package gives Vue's templates the element's types (and registers it): '@ctkit/<package>/vue'.
import '@ctkit/sign-up-form/vue';
import '@ctkit/access-needs/vue';
import '@ctkit/event-card/vue';
import '@ctkit/event-list/vue';
import '@ctkit/community-map/vue';
import { createApp, nextTick } from 'vue';
import App from './App.vue';
import { checkUpgrades } from '../../shared/report';

createApp(App).mount('#app');
void nextTick(() => checkUpgrades());
