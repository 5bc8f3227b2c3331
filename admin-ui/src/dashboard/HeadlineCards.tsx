import { Card, CardActionArea, CardContent, Grid, Skeleton, Typography } from '@mui/material';
import { Link, useLocaleState, useTranslate } from 'react-admin';
import { amazonOrdersPath } from '../common/amazonOrderPaths';
import { numberFormat } from '../common/intlFormats';
import { HEADLINES, type DashboardData, type Headline } from './dashboardApi';

const HINT_ID = 'headline-figures-hint';

const HeadlineCard = ({ name, data }: { name: Headline; data: DashboardData | undefined }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const figure = data?.headlines[name];
  const content = (
    <CardContent>
      <Typography component="h3" variant="subtitle2" color="text.secondary">
        {translate(`orderdesk.dashboard.headline.${name}`)}
      </Typography>
      <Typography component="p" variant="h4" sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {figure ? numberFormat(locale, {}).format(figure.count) : <Skeleton width="3ch" />}
      </Typography>
    </CardContent>
  );
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      {figure ? (
        <CardActionArea
          component={Link}
          to={amazonOrdersPath(figure.filter)}
          aria-describedby={HINT_ID}
          sx={{ height: '100%' }}
        >
          {content}
        </CardActionArea>
      ) : (
        content
      )}
    </Card>
  );
};

/** The headline figures, each a link to the Amazon orders grid showing exactly the orders it counts. */
export const HeadlineCards = ({ data }: { data: DashboardData | undefined }) => {
  const translate = useTranslate();
  return (
    <>
      <Grid container spacing={2} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {HEADLINES.map((name) => (
          <Grid key={name} size={{ xs: 12, sm: 6, lg: 3 }} component="li">
            <HeadlineCard name={name} data={data} />
          </Grid>
        ))}
      </Grid>
      <Typography id={HINT_ID} variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
        {translate('orderdesk.dashboard.headline_hint')}
      </Typography>
    </>
  );
};
